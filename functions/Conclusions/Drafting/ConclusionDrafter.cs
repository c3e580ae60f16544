using System.Globalization;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conferences.Persistence;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Drafting;

/// <summary>
/// Drafts the article and the notice from the stored conference, its frozen roll (answers are closed once the
/// conference is held) and the outcome, through the domain's <see cref="ArticleDraft.Compose"/> and
/// <see cref="ConclusionNotice.Compose"/>. The notice's number and date stay blank, as on a paper draft, until
/// approval gives them: see <see cref="Finish"/>.
/// </summary>
internal sealed class ConclusionDrafter(ConferenceStore conferences, CouncilContacts contacts)
{
    /// <summary>The spaces a draft leaves for the number and the day and month, to be filled in on approval.</summary>
    private const string Blank = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0";

    public async Task<Result<(ArticleDraft Article, ConclusionNotice Notice)>> DraftAsync(
        ConferenceId id, Outcome outcome, LocalDate today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var (conference, _, invitations) = await conferences.GetAsync(id, cancellationToken)
            ?? throw new InvalidOperationException($"Conference {id} does not exist.");
        if (contacts.Issuer(conference.Council.Id) is not { } issuer)
        {
            return Result.Failure<(ArticleDraft, ConclusionNotice)>(ConclusionFields.BodyLines, ConclusionTexts.NoCouncilNotice);
        }

        var roll = conference.Roll(invitations.Where(i => i.Reply is not null).Select(i => i.Reply!));
        var day = today < conference.Schedule.Date ? conference.Schedule.Date : today;
        var article = ArticleDraft.Compose(conference, roll, outcome, day);
        var notice = ConclusionNotice.Compose(conference, outcome, issuer, new NoticeNumber(1, day.Year), day);
        if (!article.IsSuccess || !notice.IsSuccess)
        {
            return Result.Failure<(ArticleDraft, ConclusionNotice)>([.. article.Errors.Concat(notice.Errors).Distinct()]);
        }

        var draft = notice.Value with
        {
            Number = $"Số:{Blank}/TB-{issuer.Code.Trim()}",
            PlaceAndDate = string.Create(CultureInfo.InvariantCulture, $"{issuer.Place.Trim()}, ngày{Blank}tháng{Blank}năm {day.Year}"),
        };
        return Result.Success((article.Value, draft));
    }

    /// <summary>
    /// The article and notice as published: the notice numbered and dated, the article's date line the day of first
    /// publication; everything else as approved.
    /// </summary>
    public static (ArticleDraft Article, ConclusionNotice Notice) Finish(
        ArticleDraft article, ConclusionNotice notice, NoticeNumber number, LocalDate issuedOn, NoticeIssuer issuer, LocalDate publishedOn)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(issuer);
        return (
            article with { DateLine = $"Đăng ngày {VietnameseFormat.Date(publishedOn)}" },
            notice with { Number = number.Line(issuer.Code), PlaceAndDate = VietnameseFormat.PlaceAndDate(issuer.Place.Trim(), issuedOn) });
    }
}
