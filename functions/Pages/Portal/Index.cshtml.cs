using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conclusions.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HdndWorkflow.Functions.Pages.Portal;

/// <summary><c>/tin-tuc</c>: the published articles, newest first (withdrawn ones left out); no account needed.</summary>
[AllowAnonymous]
internal sealed class IndexModel(PortalService portal) : PageModel
{
    public IReadOnlyList<PublishedArticle> Articles { get; private set; } = [];

    /// <param name="council">Only this council's articles (the query "hoi-dong"), when given.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task OnGetAsync([FromQuery(Name = "hoi-dong")] string? council, CancellationToken cancellationToken)
    {
        Articles = await portal.ListAsync(council, PortalPage.ListSize, cancellationToken);
        Response.Headers.CacheControl = "public, max-age=60";
    }
}
