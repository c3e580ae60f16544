using NodaTime;

namespace HdndWorkflow.Domain.Vietnamese;

/// <summary>
/// The Asia/Ho_Chi_Minh time zone (UTC+7, no daylight saving) and conversions between local times and instants.
/// The zone data ships inside NodaTime, so this reads no clock and no file.
/// </summary>
public static class VietnamTime
{
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    // Leniently: Vietnam has had no gaps or overlaps since 1975, so this never actually shifts a modern time.
    public static Instant ToInstant(LocalDateTime local) => local.InZoneLeniently(Zone).ToInstant();

    public static Instant ToInstant(LocalDate date, LocalTime time) => ToInstant(date.At(time));

    public static LocalDateTime ToLocal(Instant instant) => instant.InZone(Zone).LocalDateTime;
}
