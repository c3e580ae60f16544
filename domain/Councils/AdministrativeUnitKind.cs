namespace HdndWorkflow.Domain.Councils;

/// <summary>
/// The kind of administrative unit a council serves. It decides both the level and the word used in phrases:
/// a centrally-run city's standing committee is "Thường trực HĐND thành phố", not "… tỉnh".
/// </summary>
public enum AdministrativeUnitKind
{
    /// <summary>Tỉnh.</summary>
    Province,

    /// <summary>Thành phố trực thuộc trung ương.</summary>
    CentralCity,

    /// <summary>Huyện (before 1 July 2025).</summary>
    RuralDistrict,

    /// <summary>Quận (before 1 July 2025).</summary>
    UrbanDistrict,

    /// <summary>Thị xã (before 1 July 2025).</summary>
    DistrictTown,

    /// <summary>Thành phố thuộc tỉnh (before 1 July 2025).</summary>
    ProvincialCity,

    /// <summary>Xã.</summary>
    Commune,

    /// <summary>Phường.</summary>
    Ward,

    /// <summary>Đặc khu (special zone, from 1 July 2025).</summary>
    SpecialZone,

    /// <summary>Thị trấn (commune level, before 1 July 2025).</summary>
    Township,
}
