using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Vietnamese;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>The title of a conference as portals and documents write it.</summary>
public static class ConferenceTitle
{
    /// <summary>The longest own title an organizer may give (the composed titles run to about 150 characters).</summary>
    public const int OwnTitleMaxLength = 250;

    /// <summary>
    /// The organizer's own title (<see cref="Conference.OwnTitle"/>) as written, or the composed one: "{kind} giữa
    /// {standing committees} lần {ordinal}, nhiệm kỳ {term}", e.g. "Hội nghị trao đổi kinh nghiệm hoạt động giữa
    /// Thường trực HĐND tỉnh với Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021 – 2026"; for a conference of the
    /// council's own standing committee "Hội nghị giao ban Thường trực HĐND tỉnh lần thứ ba, …". The ordinal style
    /// applies to the composed title only.
    /// </summary>
    public static string Render(Conference conference, OrdinalStyle style = OrdinalStyle.Lowercase)
    {
        ArgumentNullException.ThrowIfNull(conference);
        return conference.OwnTitle is { } own && !string.IsNullOrWhiteSpace(own)
            ? own.Trim()
            : $"{conference.Kind.DisplayName} {Participants(conference)} lần " +
                $"{VietnameseNumbers.Ordinal(conference.Ordinal, style)}, nhiệm kỳ {conference.Term}";
    }

    /// <summary>
    /// "giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã", or the council's own standing committee when the
    /// conference is not with the level below (or, for an invalid conference, there is no level below).
    /// </summary>
    public static string Participants(Conference conference)
    {
        ArgumentNullException.ThrowIfNull(conference);
        var council = conference.Council;
        var date = conference.Schedule.Date;
        return conference.Scope == ConferenceScope.WithLevelBelow && council.Level.LevelBelowOn(date) is not null
            ? $"giữa {council.StandingCommitteeWithLevelBelow(date)}"
            : council.StandingCommittee;
    }
}
