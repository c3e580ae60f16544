using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conclusions.Portal;
using HdndWorkflow.Functions.Conferences.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HdndWorkflow.Functions.Pages.Portal;

/// <summary>
/// <c>/tin-tuc/{id}</c> (a readable slug may follow): one published article in the portal's style, with its correction
/// notes, larger or smaller text, print, send by e-mail and the notice's downloads. A withdrawn article answers
/// 410 Gone and says so, with the reason; an unknown one 404.
/// </summary>
[AllowAnonymous]
internal sealed class ArticleModel(PortalService portal, PublicLinks links) : PageModel
{
    public PublishedArticle Article { get; private set; } = null!;

    /// <summary>The article's public address, for the e-mail link.</summary>
    public Uri Address { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var article = await portal.ArticleAsync(new ConferenceId(id), cancellationToken);
        if (article is null)
        {
            return new PageProblem(StatusCodes.Status404NotFound, "Không tìm thấy bài viết", "Bài viết không tồn tại hoặc chưa được đăng.", "Về trang tin tức", PortalPage.ListPath)
                .ToResult(ModelState);
        }

        Article = article;
        Address = links.For(ConclusionPaths.Article(article.Conference));
        if (article.IsWithdrawn)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }

        Response.Headers.CacheControl = "public, max-age=60";
        return Page();
    }

    /// <summary>"mailto:?subject=…&amp;body=…": the reader's own mail program, with the title and the address.</summary>
    public string MailTo =>
        $"mailto:?subject={Uri.EscapeDataString(Article.Article.Title)}&body={Uri.EscapeDataString($"{Article.Article.Title}\n{Address.AbsoluteUri}")}";

    public static string Date(NodaTime.Instant at) => VietnameseFormat.Date(VietnamTime.ToLocal(at).Date);
}
