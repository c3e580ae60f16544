using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>
/// When a conference takes place: one day, from a start to an end time, in Vietnam's time zone.
/// Whether the end is after the start is checked by the validator, so a form with a mistake can still be held.
/// </summary>
public sealed record Schedule(LocalDate Date, LocalTime Start, LocalTime End)
{
    public LocalDateTime StartLocal => Date.At(Start);

    public LocalDateTime EndLocal => Date.At(End);

    public Instant StartInstant => VietnamTime.ToInstant(StartLocal);

    public Instant EndInstant => VietnamTime.ToInstant(EndLocal);

    public SessionOfDay Session => SessionsOfDay.Of(Start);

    /// <summary>"Sáng ngày 2/8", "Chiều ngày 15/10": the opening words of a news article's lead.</summary>
    public string SessionPhrase => $"{VietnameseFormat.Capitalize(Session.Word)} ngày {VietnameseFormat.DayMonth(Date)}";

    /// <summary>"7 giờ 30 – 11 giờ 30, thứ Sáu, ngày 02/08/2024": the time line of an invitation.</summary>
    public string TimeLine =>
        $"{VietnameseFormat.Time(Start)} \u2013 {VietnameseFormat.Time(End)}, " +
        $"{VietnameseFormat.DayOfWeek(Date.DayOfWeek)}, ngày {VietnameseFormat.Date(Date)}";
}
