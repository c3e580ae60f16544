using NodaTime;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>The part of the day a conference starts in: "Sáng", "Chiều", "Tối".</summary>
public enum SessionOfDay
{
    /// <summary>Sáng: before 12:00.</summary>
    Morning,

    /// <summary>Chiều: from 12:00 up to (not including) 18:00.</summary>
    Afternoon,

    /// <summary>Tối: from 18:00 ("6 giờ tối").</summary>
    Evening,
}

/// <summary>Classification and Vietnamese names of <see cref="SessionOfDay"/>.</summary>
public static class SessionsOfDay
{
    private static readonly LocalTime Noon = new(12, 0);
    private static readonly LocalTime SixPm = new(18, 0);

    public static SessionOfDay Of(LocalTime time) =>
        time < Noon ? SessionOfDay.Morning
        : time < SixPm ? SessionOfDay.Afternoon
        : SessionOfDay.Evening;

    extension(SessionOfDay session)
    {
        /// <summary>"sáng", "chiều", "tối" (capitalise at the start of a sentence).</summary>
        public string Word => session switch
        {
            SessionOfDay.Morning => "sáng",
            SessionOfDay.Afternoon => "chiều",
            SessionOfDay.Evening => "tối",
            _ => throw new ArgumentOutOfRangeException(nameof(session), session, "Unknown session of day."),
        };
    }
}
