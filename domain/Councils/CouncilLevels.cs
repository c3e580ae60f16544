using NodaTime;

namespace HdndWorkflow.Domain.Councils;

/// <summary>What each level is called and which level sits below it on a given date.</summary>
public static class CouncilLevels
{
    /// <summary>1 July 2025: local government became two-tier (province and commune); the district level ended.</summary>
    public static readonly LocalDate TwoTierGovernmentFrom = new(2025, 7, 1);

    extension(CouncilLevel level)
    {
        /// <summary>"cấp tỉnh", "cấp huyện", "cấp xã".</summary>
        public string DisplayName => level switch
        {
            CouncilLevel.Province => "cấp tỉnh",
            CouncilLevel.District => "cấp huyện",
            CouncilLevel.Commune => "cấp xã",
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown council level."),
        };

        /// <summary>Whether councils of this level existed on the date (the district level only before 1 July 2025).</summary>
        public bool ExistsOn(LocalDate date) => level != CouncilLevel.District || date < TwoTierGovernmentFrom;

        /// <summary>
        /// The level directly below on the date: province → district before 1 July 2025, province → commune from then;
        /// district → commune; none below the commune.
        /// </summary>
        public CouncilLevel? LevelBelowOn(LocalDate date) => level switch
        {
            CouncilLevel.Province when date < TwoTierGovernmentFrom => CouncilLevel.District,
            CouncilLevel.Province => CouncilLevel.Commune,
            CouncilLevel.District => CouncilLevel.Commune,
            _ => null,
        };
    }
}
