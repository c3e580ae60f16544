using HdndWorkflow.Domain.Councils;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Councils;

public class CouncilTests
{
    private static readonly LocalDate BeforeReform = new(2025, 6, 30);
    private static readonly LocalDate AfterReform = new(2025, 7, 1);

    [Fact]
    public void Province_meets_the_district_level_before_July_2025() =>
        Builders.NgheAn.StandingCommitteeWithLevelBelow(BeforeReform)
            .Should().Be("Thường trực HĐND tỉnh với Thường trực HĐND cấp huyện");

    [Fact]
    public void Province_meets_the_commune_level_from_July_2025() =>
        Builders.NgheAn.StandingCommitteeWithLevelBelow(AfterReform)
            .Should().Be("Thường trực HĐND tỉnh với Thường trực HĐND cấp xã");

    [Fact]
    public void Centrally_run_city_is_called_thanh_pho()
    {
        var hanoi = new Council(new CouncilId("tp-ha-noi"), "HĐND thành phố Hà Nội", AdministrativeUnitKind.CentralCity, "Văn phòng");
        hanoi.Level.Should().Be(CouncilLevel.Province);
        hanoi.StandingCommittee.Should().Be("Thường trực HĐND thành phố");
    }

    [Fact]
    public void District_meets_the_commune_level()
    {
        var district = new Council(new CouncilId("h"), "HĐND huyện Nghi Lộc", AdministrativeUnitKind.RuralDistrict, "Văn phòng");
        district.StandingCommitteeWithLevelBelow(BeforeReform)
            .Should().Be("Thường trực HĐND huyện với Thường trực HĐND cấp xã");
    }

    [Fact]
    public void Commune_has_no_level_below()
    {
        var ward = new Council(new CouncilId("p"), "HĐND phường Cửa Lò", AdministrativeUnitKind.Ward, "Văn phòng");
        ward.Level.LevelBelowOn(AfterReform).Should().BeNull();
        FluentActions.Invoking(() => ward.StandingCommitteeWithLevelBelow(AfterReform)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void District_level_exists_only_before_July_2025()
    {
        CouncilLevel.District.ExistsOn(BeforeReform).Should().BeTrue();
        CouncilLevel.District.ExistsOn(AfterReform).Should().BeFalse();
        CouncilLevel.Commune.ExistsOn(AfterReform).Should().BeTrue();
    }

    [Theory]
    [InlineData(AdministrativeUnitKind.Province, CouncilLevel.Province, "tỉnh")]
    [InlineData(AdministrativeUnitKind.UrbanDistrict, CouncilLevel.District, "quận")]
    [InlineData(AdministrativeUnitKind.DistrictTown, CouncilLevel.District, "thị xã")]
    [InlineData(AdministrativeUnitKind.ProvincialCity, CouncilLevel.District, "thành phố")]
    [InlineData(AdministrativeUnitKind.Commune, CouncilLevel.Commune, "xã")]
    [InlineData(AdministrativeUnitKind.SpecialZone, CouncilLevel.Commune, "đặc khu")]
    [InlineData(AdministrativeUnitKind.Township, CouncilLevel.Commune, "thị trấn")]
    public void Unit_kind_gives_level_and_word(AdministrativeUnitKind kind, CouncilLevel level, string word)
    {
        kind.Level.Should().Be(level);
        kind.Word.Should().Be(word);
    }

    [Theory]
    [InlineData(CouncilLevel.Province, "cấp tỉnh")]
    [InlineData(CouncilLevel.District, "cấp huyện")]
    [InlineData(CouncilLevel.Commune, "cấp xã")]
    public void Levels_have_Vietnamese_names(CouncilLevel level, string expected) => level.DisplayName.Should().Be(expected);
}
