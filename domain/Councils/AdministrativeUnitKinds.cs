namespace HdndWorkflow.Domain.Councils;

/// <summary>The level and the Vietnamese word of each kind of administrative unit.</summary>
public static class AdministrativeUnitKinds
{
    extension(AdministrativeUnitKind kind)
    {
        public CouncilLevel Level => kind switch
        {
            AdministrativeUnitKind.Province or AdministrativeUnitKind.CentralCity => CouncilLevel.Province,
            AdministrativeUnitKind.RuralDistrict or AdministrativeUnitKind.UrbanDistrict
                or AdministrativeUnitKind.DistrictTown or AdministrativeUnitKind.ProvincialCity => CouncilLevel.District,
            AdministrativeUnitKind.Commune or AdministrativeUnitKind.Ward
                or AdministrativeUnitKind.SpecialZone or AdministrativeUnitKind.Township => CouncilLevel.Commune,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown administrative unit kind."),
        };

        /// <summary>"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "đặc khu", "thị trấn".</summary>
        public string Word => kind switch
        {
            AdministrativeUnitKind.Province => "tỉnh",
            AdministrativeUnitKind.CentralCity or AdministrativeUnitKind.ProvincialCity => "thành phố",
            AdministrativeUnitKind.RuralDistrict => "huyện",
            AdministrativeUnitKind.UrbanDistrict => "quận",
            AdministrativeUnitKind.DistrictTown => "thị xã",
            AdministrativeUnitKind.Commune => "xã",
            AdministrativeUnitKind.Ward => "phường",
            AdministrativeUnitKind.SpecialZone => "đặc khu",
            AdministrativeUnitKind.Township => "thị trấn",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown administrative unit kind."),
        };
    }
}
