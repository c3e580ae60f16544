namespace HdndWorkflow.Domain;

/// <summary>
/// The longest text each field takes and the most items each list takes, in one place; docs/conferences.md and
/// docs/conclusions.md list them. The validators check them before anything is stored, so that no input reaches the
/// storage's limits (64 KiB per property, 1 MiB per entity). Each is well above real use, and together they keep the
/// largest possible conference document (stored as one property, at most 3 bytes of JSON per character) under 64 KiB:
/// a test stores a conference with every field at its maximum.
/// </summary>
public static class InputLimits
{
    /// <summary>A person's name: invitee, co-chair, deputy, presiding chair, author ("Họ và tên").</summary>
    public const int PersonName = 100;

    /// <summary>A person's title ("Chức vụ"), and each title of a co-chair or of the presiding chair.</summary>
    public const int Title = 250;

    /// <summary>An invitee's organization ("Đơn vị"), and the name of an invited unit.</summary>
    public const int Organization = 250;

    /// <summary>An e-mail address (RFC 5321).</summary>
    public const int Email = 254;

    /// <summary>The venue's name ("Hội trường HĐND tỉnh").</summary>
    public const int VenueName = 250;

    /// <summary>The venue's street address.</summary>
    public const int VenueAddress = 250;

    /// <summary>An agenda item's title.</summary>
    public const int AgendaTitle = 300;

    /// <summary>Who presents an agenda item.</summary>
    public const int AgendaPresenter = 150;

    /// <summary>Co-chairs of a conference.</summary>
    public const int CoChairs = 6;

    /// <summary>Titles of one co-chair or of the presiding chair, party and state titles together.</summary>
    public const int TitlesPerPerson = 4;

    /// <summary>Items of a conference's agenda.</summary>
    public const int AgendaItems = 20;

    /// <summary>Invitees of one conference (as many as the lines of one CSV file).</summary>
    public const int Invitees = 20_000;

    /// <summary>Reminders before the registration deadline.</summary>
    public const int Reminders = 10;

    /// <summary>The earliest reminder, in hours before the deadline (60 days).</summary>
    public const int ReminderHours = 24 * 60;

    /// <summary>The first year a conference, its deadline or a new schedule may fall in.</summary>
    public const int FirstYear = 2000;

    /// <summary>The last such year: far enough for any plan, and the terms (nhiệm kỳ) it falls in can still be named.</summary>
    public const int LastYear = 2100;

    /// <summary>The reason an invitee gives for declining.</summary>
    public const int DeclineReason = 1_000;

    /// <summary>
    /// A paragraph of the outcome (assessment, conclusions, field visit), each task set, and each paragraph of the
    /// article and the notice.
    /// </summary>
    public const int Paragraph = 5_000;

    /// <summary>Paragraphs or items in one list of the outcome, the article or a notice section.</summary>
    public const int Paragraphs = 50;

    /// <summary>A figure's subject, verb or label ("HĐND tỉnh", "tổ chức", "kỳ họp").</summary>
    public const int FigureText = 250;

    /// <summary>Figure sentences in an outcome.</summary>
    public const int FigureStatements = 20;

    /// <summary>Figures in one sentence.</summary>
    public const int FiguresPerStatement = 20;

    /// <summary>Authors of the article.</summary>
    public const int Authors = 10;

    /// <summary>All the texts of an outcome together.</summary>
    public const int OutcomeText = 20_000;

    /// <summary>The article's title and byline, the notice's summary line and its section headings.</summary>
    public const int Heading = 500;

    /// <summary>The article's attendance ("Dự hội nghị có các đồng chí: …"), which lists every attendee.</summary>
    public const int Attendance = 50_000;

    /// <summary>All the texts of the article together, checked when an edit makes it longer.</summary>
    public const int ArticleText = 80_000;

    /// <summary>All the editable texts of the notice together, checked when an edit makes it longer.</summary>
    public const int NoticeText = 40_000;

    /// <summary>Sections of the notice's body.</summary>
    public const int NoticeSections = 20;

    /// <summary>A submission's note, an approver's comment, a correction's note, a withdrawal's reason.</summary>
    public const int Comment = 2_000;
}
