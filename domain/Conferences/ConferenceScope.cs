namespace HdndWorkflow.Domain.Conferences;

/// <summary>Whose standing committees meet.</summary>
public enum ConferenceScope
{
    /// <summary>The council's own standing committee ("Hội nghị giao ban Thường trực HĐND tỉnh").</summary>
    OwnCouncil,

    /// <summary>
    /// The council's standing committee with those of the level below
    /// ("giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã").
    /// </summary>
    WithLevelBelow,
}
