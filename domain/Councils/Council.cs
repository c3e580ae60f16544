using NodaTime;

namespace HdndWorkflow.Domain.Councils;

/// <summary>
/// A People's Council (HĐND): its code, its name ("HĐND tỉnh Nghệ An"), the kind of unit it serves (which gives its
/// level) and the office that organizes its conferences ("Văn phòng Đoàn ĐBQH và HĐND tỉnh").
/// </summary>
public sealed record Council(CouncilId Id, string Name, AdministrativeUnitKind Unit, string OrganizerOffice)
{
    public CouncilLevel Level => Unit.Level;

    /// <summary>"Thường trực HĐND tỉnh", "Thường trực HĐND thành phố", "Thường trực HĐND xã".</summary>
    public string StandingCommittee => $"Thường trực HĐND {Unit.Word}";

    /// <summary>
    /// "Thường trực HĐND tỉnh với Thường trực HĐND cấp xã" (or "… cấp huyện" before 1 July 2025): this council's
    /// standing committee with those of the level below on the date. Throws when there is no level below; the
    /// conference validator reports that case to the user first.
    /// </summary>
    public string StandingCommitteeWithLevelBelow(LocalDate date)
    {
        var below = Level.LevelBelowOn(date)
            ?? throw new InvalidOperationException($"A {Level} council has no level below on {date:uuuu-MM-dd}.");
        return $"{StandingCommittee} với Thường trực HĐND {below.DisplayName}";
    }
}
