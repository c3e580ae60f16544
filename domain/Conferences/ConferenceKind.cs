namespace HdndWorkflow.Domain.Conferences;

/// <summary>The kinds of conference a council's standing committee holds.</summary>
public enum ConferenceKind
{
    /// <summary>Hội nghị giao ban: periodic briefing.</summary>
    Briefing,

    /// <summary>Hội nghị trao đổi kinh nghiệm hoạt động: exchange of experience.</summary>
    ExperienceExchange,

    /// <summary>Hội nghị chuyên đề: thematic conference.</summary>
    Thematic,

    /// <summary>Hội nghị sơ kết: mid-term review.</summary>
    MidTermReview,

    /// <summary>Hội nghị tổng kết: end-of-period review.</summary>
    FinalReview,
}

/// <summary>Vietnamese names of the conference kinds.</summary>
public static class ConferenceKinds
{
    extension(ConferenceKind kind)
    {
        /// <summary>"Hội nghị giao ban", "Hội nghị trao đổi kinh nghiệm hoạt động", …</summary>
        public string DisplayName => kind switch
        {
            ConferenceKind.Briefing => "Hội nghị giao ban",
            ConferenceKind.ExperienceExchange => "Hội nghị trao đổi kinh nghiệm hoạt động",
            ConferenceKind.Thematic => "Hội nghị chuyên đề",
            ConferenceKind.MidTermReview => "Hội nghị sơ kết",
            ConferenceKind.FinalReview => "Hội nghị tổng kết",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown conference kind."),
        };
    }
}
