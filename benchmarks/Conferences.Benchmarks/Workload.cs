using System.Globalization;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conferences.Api;
using NodaTime;

namespace HdndWorkflow.Conferences.Benchmarks;

/// <summary>
/// What the benchmark asks of the app: a briefing of the development council with n invitees (every address in a
/// domain of its own, so this conference's e-mails can be told from the warm-up's), and each invitee's answer.
/// </summary>
internal sealed record Workload(string Domain, int Invitees)
{
    /// <summary>Deputies' addresses start with this, invitees' with "dai-bieu-".</summary>
    public const string DeputyPrefix = "du-thay-";

    public bool Owns(string address) => address.EndsWith("@" + Domain, StringComparison.OrdinalIgnoreCase);

    public static bool IsDeputy(string address) => address.StartsWith(DeputyPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The conference as an organizer posts it: in ten days at 08:00, registration until three days before at 17:00.</summary>
    public ConferenceInput Conference()
    {
        var today = VietnamTime.ToLocal(SystemClock.Instance.GetCurrentInstant()).Date;
        return Conference(today.PlusDays(10).At(new LocalTime(8, 0)), today.PlusDays(7).At(new LocalTime(17, 0)));
    }

    /// <summary>The conference starting at <paramref name="start"/> (Vietnam time, for an hour at most, within the day), registration until <paramref name="deadline"/>.</summary>
    public ConferenceInput Conference(LocalDateTime start, LocalDateTime deadline)
    {
        var end = start.TimeOfDay < new LocalTime(23, 0) ? start.TimeOfDay.PlusHours(1) : new LocalTime(23, 59);
        return new ConferenceInput
        {
            CouncilId = "tinh-mau",
            Kind = "Briefing",
            Ordinal = 4,
            Date = Iso(start.Date),
            Start = Time(start.TimeOfDay),
            End = Time(end),
            Venue = new VenueInput("Hội trường HĐND tỉnh", "Số 1 Hùng Vương"),
            CoChairs =
            [
                new CoChairInput("Nguyễn Văn Chủ Trì", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"]),
                new CoChairInput("Lê Thị Đồng Chủ Trì", [], ["Phó Chủ tịch HĐND tỉnh"]),
            ],
            Agenda =
            [
                new AgendaInput("Báo cáo kết quả giám sát chuyên đề", "Ban Pháp chế HĐND tỉnh", Time(start.TimeOfDay)),
                new AgendaInput("Thảo luận và kết luận", null, Time(start.TimeOfDay.PlusMinutes(30))),
            ],
            Invitees =
            [
                .. Enumerable.Range(1, Invitees).Select(i => new InviteeInput(
                    $"Đại biểu {i}", "Chủ tịch HĐND xã", $"Xã số {i}", string.Create(CultureInfo.InvariantCulture, $"dai-bieu-{i}@{Domain}"))),
            ],
            RegistrationDeadline = $"{Iso(deadline.Date)}T{Time(deadline.TimeOfDay)}",
        };
    }

    /// <summary>
    /// Each invitee's answer, in a shuffled order (answers do not come in list order): every hundred invitees,
    /// <paramref name="deputyPercent"/> send a deputy, <paramref name="declinePercent"/> decline (half of them with a
    /// reason) and the rest accept.
    /// </summary>
    public IReadOnlyList<PlannedAnswer> Answers(IReadOnlyList<InvitationLink> links, int deputyPercent, int declinePercent)
    {
        var answers = links.Select((link, i) => (i % 100) switch
        {
            var slot when slot < deputyPercent => new PlannedAnswer(link, new AnswerInput(AnswerInput.SendDeputy, Deputy: new DeputyInput(
                $"Người dự thay {i}", "Phó Chủ tịch HĐND xã", string.Create(CultureInfo.InvariantCulture, $"{DeputyPrefix}{i}@{Domain}"))), "DeputySent"),
            var slot when slot < deputyPercent + declinePercent => new PlannedAnswer(
                link, new AnswerInput(AnswerInput.Decline, slot % 2 == 0 ? "Trùng lịch công tác" : null), "Declined"),
            _ => new PlannedAnswer(link, new AnswerInput(AnswerInput.Accept), "Accepted"),
        }).ToArray();
        new Random(4).Shuffle(answers);
        return answers;
    }

    private static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>An invitee's personal link, read from the invitation e-mail.</summary>
internal sealed record InvitationLink(Guid InviteeId, string Token);

/// <summary>One answer to post, and the response the roll must show for it afterwards.</summary>
internal sealed record PlannedAnswer(InvitationLink Link, AnswerInput Answer, string ExpectedResponse);
