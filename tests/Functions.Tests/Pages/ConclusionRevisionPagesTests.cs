using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Pages.Conclusions;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>
/// The draft's text edited through its pages, over real HTTP: the organizer edits the draft (a new revision, listed
/// with who and when; a refused edit keeps what was typed, the error at its field), and after publication proposes a
/// correction that the approver accepts (its note then reads with the article on the portal) or refuses (the article
/// stays as it was). Each form is posted as a browser would: every field of the page's form, some of them changed.
/// </summary>
[Collection(ConclusionPagesCollection.Name)]
public sealed partial class ConclusionRevisionPagesTests(PagesAppFixture app)
{
    private const string OrganizerName = "Nguyễn Thị Tổ Chức";

    [Fact]
    public async Task Organizer_edits_the_draft_on_the_page_and_the_new_revision_is_listed_with_who_and_when()
    {
        var id = await DraftedAsync("sua-du-thao");
        var page = $"/hoi-nghi/{id}/ket-luan";
        var draftPage = $"{page}/du-thao";
        using var organizer = app.NewSession();
        await organizer.SignInAsync(PagesAppFixture.OrganizerEmail);
        (await organizer.GetAsync(page)).Html.Should().Contain($"href=\"{draftPage}\"", "the conclusion page links to the draft's editor");

        var editor = await organizer.GetAsync(draftPage);
        editor.Status.Should().Be(HttpStatusCode.OK, editor.Text);
        var form = FormOf(editor);
        form["Form.BaseRevision"].Should().Be("1");
        form["Form.Title"].Should().NotBeNullOrWhiteSpace("the form starts from the latest revision");
        form["Form.Conclusion"].Should().Contain("đánh giá cao sự chuẩn bị chu đáo");

        // An empty title: 400, the error at the title, everything typed still there.
        const string lead = "Sáng nay, Thường trực HĐND tỉnh tổ chức hội nghị trao đổi kinh nghiệm (đoạn mở đầu sửa tay).";
        var refused = await organizer.PostAsync(draftPage, With(form, ("Form.Title", " "), ("Form.Lead", lead)));
        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Html.Should().Contain("id=\"f-article-title-error\"").And.Contain($"{lead}</textarea>");
        refused.Text.Should().Contain(ConclusionPageTexts.TitleRequired);

        var before = Now();
        var saved = await organizer.PostAsync(draftPage, With(form, ("Form.Lead", lead)));
        var after = Now();
        saved.Status.Should().Be(HttpStatusCode.Redirect, saved.Text);
        saved.Location!.OriginalString.Should().Be($"{page}?thong-bao={ConclusionNotices.DraftEdited}");

        var edited = await organizer.GetAsync(saved.Location.OriginalString);
        edited.Text.Should().Contain(ConclusionNotices.Text(ConclusionNotices.DraftEdited)).And.Contain(lead).And.Contain("Trình duyệt phiên bản 2");
        var row = RevisionRow(edited, 2);
        row.Should().Contain(ConclusionModel.KindText(RevisionKind.Edited)).And.Contain(OrganizerName);
        row.Should().ContainAny(ConclusionModel.When(before), ConclusionModel.When(after));
        RevisionRow(edited, 1).Should().Contain(ConclusionModel.KindText(RevisionKind.Drafted));

        // The same form again, based on revision 1 that is no longer the latest: refused, what was typed kept.
        const string stale = "Hội nghị được tổ chức theo hình thức trực tiếp (sửa trên bản cũ).";
        var outdated = await organizer.PostAsync(draftPage, With(form, ("Form.Lead", stale)));
        outdated.Status.Should().Be(HttpStatusCode.BadRequest);
        outdated.Html.Should().Contain("id=\"f-revision-error\"").And.Contain($"{stale}</textarea>");
        outdated.Text.Should().Contain(ConclusionTexts.StaleRevision);
        (await HeldConferences.UntilAsync(app, id, _ => true, "The conclusion")).Revision.Should().Be(2, "a refused edit saves nothing");

        // Submitted (from another tab) while the page was open: refused with the reason, what was typed kept.
        var latest = FormOf(await organizer.GetAsync(draftPage));
        latest["Form.BaseRevision"].Should().Be("2");
        (await app.Organizer.PostAsync(new Uri($"{HeldConferences.Api(id)}/submit", UriKind.Relative), null)).StatusCode.Should().Be(HttpStatusCode.OK);
        const string late = "Hội nghị được tổ chức theo hình thức trực tiếp (sửa sau khi đã trình).";
        var locked = await organizer.PostAsync(draftPage, With(latest, ("Form.Lead", late)));
        locked.Status.Should().Be(HttpStatusCode.BadRequest);
        locked.Html.Should().Contain("id=\"f-status-error\"").And.Contain($"{late}</textarea>");
        locked.Text.Should().Contain(ConclusionTexts.EditOnlyDrafting);
        (await organizer.GetAsync(draftPage)).Html.Should().NotContain("name=\"Form.Title\"", "a draft in review is not edited");
    }

    [Fact]
    public async Task A_correction_proposed_and_accepted_on_the_pages_shows_its_note_with_the_article()
    {
        var id = await HeldConferences.PublishedAsync(app, "dinh-chinh");
        var page = $"/hoi-nghi/{id}/ket-luan";
        using var organizer = app.NewSession();
        await organizer.SignInAsync(PagesAppFixture.OrganizerEmail);
        const string note = "Sửa tên tác giả bài viết.";
        const string byline = "Minh Anh – Thu Hương";
        var opened = await ProposeCorrectionAsync(organizer, id, note, byline);

        // The correction page left open in another tab: a second correction is refused with the reason, nothing typed lost.
        const string second = "Sửa tiêu đề bài viết.";
        var pending = await organizer.PostAsync($"{page}/dinh-chinh", With(opened, ("Form.Note", second)));
        pending.Status.Should().Be(HttpStatusCode.BadRequest);
        pending.Html.Should().Contain("id=\"f-status-error\"").And.Contain($"{second}</textarea>");
        pending.Text.Should().Contain(ConclusionTexts.AmendmentPending);

        using var approver = app.NewSession();
        await approver.SignInAsync(ConclusionPagesCollection.ApproverEmail);
        var decide = await approver.GetAsync(page);
        decide.Text.Should().Contain("Đề nghị đính chính").And.Contain(note).And.Contain(byline, "the proposed revision is the one shown");
        var accepted = await approver.PostAsync($"{page}?handler=Decide", [(PageSession.AntiforgeryField, decide.AntiforgeryToken()), ("kind", "Correction"), ("accept", "true")]);
        accepted.Status.Should().Be(HttpStatusCode.Redirect, accepted.Text);
        accepted.Location!.OriginalString.Should().Be($"{page}?thong-bao={ConclusionNotices.Accepted}");
        await HeldConferences.UntilAsync(app, id, c => c.PublishedRevision == 2, "The correction's publication");

        using var reader = app.NewSession();
        var article = await reader.GetAsync($"/tin-tuc/{id}");
        article.Status.Should().Be(HttpStatusCode.OK, article.Text);
        article.Text.Should().Contain($"Đính chính ngày {VietnameseFormat.Date(PlannedConferences.Today(app))}: {note}").And.Contain(byline)
            .And.NotContain("Minh Anh – Thu Hà");
    }

    [Fact]
    public async Task A_correction_refused_on_the_page_leaves_the_article_as_it_was()
    {
        var id = await HeldConferences.PublishedAsync(app, "dinh-chinh-khong");
        var page = $"/hoi-nghi/{id}/ket-luan";
        using var reader = app.NewSession();
        var original = Article(await reader.GetAsync($"/tin-tuc/{id}"));
        original.Should().Contain("Minh Anh – Thu Hà");

        using var organizer = app.NewSession();
        await organizer.SignInAsync(PagesAppFixture.OrganizerEmail);
        const string note = "Sửa tên tác giả bài viết.";
        const string byline = "Minh Anh – Thu Hương";
        await ProposeCorrectionAsync(organizer, id, note, byline);

        using var approver = app.NewSession();
        await approver.SignInAsync(ConclusionPagesCollection.ApproverEmail);
        var decide = await approver.GetAsync(page);
        var noComment = await approver.PostAsync($"{page}?handler=Decide", [(PageSession.AntiforgeryField, decide.AntiforgeryToken()), ("kind", "Correction"), ("accept", "false"), ("comment", " ")]);
        noComment.Status.Should().Be(HttpStatusCode.BadRequest);
        noComment.Html.Should().Contain("id=\"f-comment-error\"");
        noComment.Text.Should().Contain(ConclusionTexts.CommentRequired);
        const string comment = "Tên tác giả trong bài đã đúng.";
        var refused = await approver.PostAsync($"{page}?handler=Decide", [(PageSession.AntiforgeryField, noComment.AntiforgeryToken()), ("kind", "Correction"), ("accept", "false"), ("comment", comment)]);
        refused.Status.Should().Be(HttpStatusCode.Redirect, refused.Text);

        // The organizer hears of the refusal (round 2: the first was the draft's review); by then the workflow is done.
        (await HeldConferences.MailAsync(app, id, PagesAppFixture.OrganizerEmail, "review-refusal", 2)).Text.Should().Contain(comment);
        var after = await reader.GetAsync($"/tin-tuc/{id}");
        after.Status.Should().Be(HttpStatusCode.OK);
        Article(after).Should().Be(original).And.NotContain(note).And.NotContain(byline);
        var conclusion = await HeldConferences.UntilAsync(app, id, c => c.Review is null, "The decision");
        conclusion.PublishedRevision.Should().Be(1);
        var story = await organizer.GetAsync(page);
        story.Text.Should().Contain(comment);
        story.Text.Should().Contain("Bài viết (phiên bản 1)").And.NotContain(byline, "the page shows the published article, not the refused correction");
        story.Text.Should().Contain($"Đính chính: {note} (không được đồng ý)");
        story.Html.Should().Contain($"href=\"{page}/dinh-chinh\"", "another correction may be proposed");
        FormOf(await organizer.GetAsync($"{page}/dinh-chinh"))["Form.Byline"].Should().Be("Minh Anh – Thu Hà", "a new correction starts from the published article");
    }

    /// <summary>A held conference whose outcome is recorded through the API and whose first draft is written.</summary>
    private async Task<Guid> DraftedAsync(string prefix)
    {
        var id = await HeldConferences.HeldAsync(app, prefix);
        (await app.Organizer.PutAsJsonAsync($"{HeldConferences.Api(id)}/outcome", HeldConferences.Outcome())).StatusCode.Should().Be(HttpStatusCode.OK);
        await HeldConferences.UntilAsync(app, id, c => c.Revision == 1, "The first draft");
        return id;
    }

    /// <summary>The organizer opens the correction page, is refused without a note (nothing typed lost), then proposes.</summary>
    /// <returns>The correction form as opened, before the proposal.</returns>
    private static async Task<Dictionary<string, string>> ProposeCorrectionAsync(PageSession organizer, Guid id, string note, string byline)
    {
        var page = $"/hoi-nghi/{id}/ket-luan";
        var correctionPage = $"{page}/dinh-chinh";
        (await organizer.GetAsync(page)).Html.Should().Contain($"href=\"{correctionPage}\"");
        var editor = await organizer.GetAsync(correctionPage);
        editor.Status.Should().Be(HttpStatusCode.OK, editor.Text);
        var form = FormOf(editor);
        form["Form.Byline"].Should().Be("Minh Anh – Thu Hà", "the form starts from the published article");

        var noNote = await organizer.PostAsync(correctionPage, With(form, ("Form.Byline", byline)));
        noNote.Status.Should().Be(HttpStatusCode.BadRequest);
        noNote.Html.Should().Contain("id=\"f-note-error\"").And.Contain($"value=\"{byline}\"");
        noNote.Text.Should().Contain(ConclusionTexts.NoteRequired);

        var proposed = await organizer.PostAsync(correctionPage, With(form, ("Form.Byline", byline), ("Form.Note", note)));
        proposed.Status.Should().Be(HttpStatusCode.Redirect, proposed.Text);
        proposed.Location!.OriginalString.Should().Be($"{page}?thong-bao={ConclusionNotices.CorrectionProposed}");
        (await organizer.GetAsync(proposed.Location.OriginalString)).Text.Should().Contain(ConclusionNotices.Text(ConclusionNotices.CorrectionProposed))
            .And.Contain("Đang chờ người duyệt cho ý kiến.");
        (await organizer.GetAsync(correctionPage)).Html.Should().NotContain("name=\"Form.Title\"", "one request at a time");
        return form;
    }

    private Instant Now() => Instant.FromDateTimeOffset(app.Clock.GetUtcNow());

    /// <summary>The fields of the page's form with their values, as a browser would post them.</summary>
    private static Dictionary<string, string> FormOf(PageResponse page)
    {
        // The draft's form, not the layout's sign-out form.
        var form = FormElement().Matches(page.Html).Select(m => m.Value).Single(f => f.Contains("name=\"Form.Title\"", StringComparison.Ordinal));
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Input().Matches(form))
        {
            fields[m.Groups["name"].Value] = WebUtility.HtmlDecode(m.Groups["value"].Value);
        }

        foreach (Match m in TextArea().Matches(form))
        {
            fields[m.Groups["name"].Value] = WebUtility.HtmlDecode(m.Groups["value"].Value);
        }

        return fields;
    }

    private static List<(string Name, string Value)> With(Dictionary<string, string> form, params (string Name, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>(form, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return [.. fields.Select(f => (f.Key, f.Value))];
    }

    /// <summary>The text of the revisions table's row of revision <paramref name="number"/>.</summary>
    private static string RevisionRow(PageResponse page, int number) =>
        Regex.Match(page.Html, $"<tr>\\s*<td data-label=\"Phiên bản\">{number}</td>(?<row>.*?)</tr>", RegexOptions.Singleline) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups["row"].Value)
            : throw new InvalidOperationException($"No row of revision {number} in the revisions table.");

    /// <summary>The article as the portal shows it (the page around it aside).</summary>
    private static string Article(PageResponse page) =>
        ArticleElement().Match(page.Html) is { Success: true } m ? m.Value : throw new InvalidOperationException("The page shows no article.");

    [GeneratedRegex("<form method=\"post\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("<input[^>]*\\bname=\"(?<name>[^\"]+)\"[^>]*\\bvalue=\"(?<value>[^\"]*)\"")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea[^>]*\\bname=\"(?<name>[^\"]+)\"[^>]*>(?<value>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<article class=\"bai-viet\".*?</article>", RegexOptions.Singleline)]
    private static partial Regex ArticleElement();
}
