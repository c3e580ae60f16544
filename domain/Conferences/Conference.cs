using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Vietnamese;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>
/// A conference of a council's standing committee: what it is (kind, scope, ordinal within the term), when and where,
/// who co-chairs it, its programme, whom it invites and until when they may answer.
/// Immutable: changes produce a new value (see the lifecycle methods), and <see cref="Revision"/> counts reschedules.
/// Use <see cref="Validate"/> before acting on user input.
/// </summary>
public sealed partial record Conference
{
    public required ConferenceId Id { get; init; }

    public required Council Council { get; init; }

    public required ConferenceKind Kind { get; init; }

    public ConferenceScope Scope { get; init; } = ConferenceScope.WithLevelBelow;

    /// <summary>The number of this conference within the term ("lần thứ năm" is 5).</summary>
    public required int Ordinal { get; init; }

    /// <summary>
    /// The title the council itself gives the conference, used as written wherever the conference is named (letters,
    /// article, notice); null for the title composed from kind, participants, ordinal and term. The organizer decides
    /// whether it carries the ordinal and the term. At most <see cref="ConferenceTitle.OwnTitleMaxLength"/> characters,
    /// on one line.
    /// </summary>
    public string? OwnTitle { get; init; }

    public required Schedule Schedule { get; init; }

    public Venue? Venue { get; init; }

    public IReadOnlyList<CoChair> CoChairs { get; init; } = [];

    public IReadOnlyList<AgendaItem> Agenda { get; init; } = [];

    public IReadOnlyList<Invitee> Invitees { get; init; } = [];

    public required RegistrationDeadline RegistrationDeadline { get; init; }

    public ReminderPolicy Reminders { get; init; } = ReminderPolicy.Default;

    public ConferenceStatus Status { get; init; } = ConferenceStatus.Draft;

    /// <summary>0 when first planned; incremented by each reschedule, so that invitations can say which version they are.</summary>
    public int Revision { get; init; }

    /// <summary>The term the conference date falls in.</summary>
    public Term Term => Term.Containing(Schedule.Date);

    /// <summary>
    /// The organizer's own title, or the composed one: "Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND
    /// tỉnh với Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021 – 2026".
    /// </summary>
    public string Title => ConferenceTitle.Render(this, OrdinalStyle.Lowercase);

    public IReadOnlyList<ValidationError> Validate() => ConferenceValidator.Validate(this);

    public Invitee? FindInvitee(InviteeId id) => Invitees.FirstOrDefault(invitee => invitee.Id == id);

    /// <summary>The roll of this conference's invitees given the replies received so far.</summary>
    public AttendanceRoll Roll(IEnumerable<Reply> replies) => AttendanceRoll.Compute(Invitees, replies);
}
