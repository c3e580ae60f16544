using HdndWorkflow.Domain.Conferences;

namespace HdndWorkflow.Functions.Conclusions;

/// <summary>
/// Where a conclusion is seen, relative to the app's public address: the organizer's and approver's page (linked from
/// the review e-mails), the public article page and the notice's downloads. The pages themselves are built with the
/// Razor Pages; their routes must stay these.
/// </summary>
public static class ConclusionPaths
{
    /// <summary>The conclusion's page for organizers and approvers: "/hoi-nghi/{id}/ket-luan".</summary>
    public static string Review(ConferenceId id) => $"/hoi-nghi/{id}/ket-luan";

    /// <summary>The public article page: "/tin-tuc/{id}".</summary>
    public static string Article(ConferenceId id) => $"/tin-tuc/{id}";

    /// <summary>The public JSON of an article.</summary>
    public static string ArticleApi(ConferenceId id) => $"/api/portal/articles/{id}";

    /// <summary>The published notice as printable HTML.</summary>
    public static string NoticeHtml(ConferenceId id) => $"{ArticleApi(id)}/notice.html";

    /// <summary>The published notice as PDF.</summary>
    public static string NoticePdf(ConferenceId id) => $"{ArticleApi(id)}/notice.pdf";

    /// <summary>The Atom feed of published articles.</summary>
    public const string Feed = "/api/portal/feed.atom";
}
