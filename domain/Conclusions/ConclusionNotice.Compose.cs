using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Conclusions;

/// <summary>Drafting the notice from the conference, the outcome and the issuer.</summary>
public sealed partial record ConclusionNotice
{
    /// <summary>
    /// Drafts the notice numbered <paramref name="number"/> and dated <paramref name="issuedOn"/>. The body opens with
    /// when, where and by whom the conference was held and who concluded; then "Đánh giá chung" (the assessment with
    /// its figures, the discussion and the conclusions) and, when tasks were set, "Nhiệm vụ trọng tâm thời gian tới"
    /// (one "- " item each); it closes with the standing committee's "thông báo để … biết, thực hiện./.". Spans of
    /// years (the term, "2021 – 2026") are held together by no-break spaces. The field visit and the byline belong to
    /// the article only. Refused with the outcome's and the issuer's validation errors, a number
    /// below 1 or of another year than <paramref name="issuedOn"/>, or a date before the conference.
    /// </summary>
    public static Result<ConclusionNotice> Compose(
        Conference conference, Outcome outcome, NoticeIssuer issuer, NoticeNumber number, LocalDate issuedOn)
    {
        ArgumentNullException.ThrowIfNull(conference);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(issuer);
        var errors = Check(conference, outcome, issuer, number, issuedOn);
        if (errors.Count > 0)
        {
            return Result.Failure<ConclusionNotice>(errors);
        }

        return Result.Success(new ConclusionNotice
        {
            ParentLines = [.. issuer.ParentLines.Select(line => line.Trim())],
            BodyLines = [.. issuer.BodyLines.Select(line => line.Trim())],
            Number = number.Line(issuer.Code),
            PlaceAndDate = VietnameseFormat.PlaceAndDate(issuer.Place.Trim(), issuedOn),
            Summary = ConclusionTexts.HoldYearSpans(ConclusionTexts.Summary(conference)),
            Opening =
            [
                ConclusionTexts.HoldYearSpans(ConclusionTexts.NoticeOpening(conference)),
                ConclusionTexts.HoldYearSpans(ConclusionTexts.NoticeLeadIn(outcome.PresidingChair)),
            ],
            Sections = SectionsOf(outcome),
            Closing = ConclusionTexts.Closing(conference.Council),
            Signature = new NoticeSignature([.. issuer.Signature.Authority.Select(line => line.Trim())], issuer.Signature.Name.Trim()),
            Recipients = [.. issuer.Recipients.Select(ConclusionTexts.Recipient), ConclusionTexts.Archive(issuer.Archive)],
        });
    }

    private static List<ValidationError> Check(
        Conference conference, Outcome outcome, NoticeIssuer issuer, NoticeNumber number, LocalDate issuedOn)
    {
        List<ValidationError> errors = [.. outcome.Validate(), .. issuer.Validate()];
        if (number.Sequence < 1)
        {
            errors.Add(new(ConclusionFields.NumberSequence, ConclusionMessages.NumberTooSmall));
        }

        if (number.Year != issuedOn.Year)
        {
            errors.Add(new(ConclusionFields.NumberYear, ConclusionMessages.NumberOfAnotherYear(number.Year, issuedOn.Year)));
        }

        if (issuedOn < conference.Schedule.Date)
        {
            errors.Add(new(ConclusionFields.IssuedOn, ConclusionMessages.IssuedBeforeConference));
        }

        return errors;
    }

    private static IReadOnlyList<NoticeSection> SectionsOf(Outcome outcome)
    {
        IReadOnlyList<string> assessment =
        [
            .. outcome.AssessmentWithFigures().Select(ConclusionTexts.HoldYearSpans),
            .. outcome.Conclusions.Select(paragraph => ConclusionTexts.HoldYearSpans(Prose.Paragraph(paragraph))),
        ];
        if (outcome.Directives.Count == 0)
        {
            return [new NoticeSection(null, assessment)];
        }

        var items = outcome.Directives
            .Select(directive => ConclusionTexts.HoldYearSpans(VietnameseFormat.Capitalize(Prose.ListItem(directive))))
            .ToList();
        return
        [
            new NoticeSection(ConclusionTexts.Heading(1, ConclusionTexts.AssessmentHeading), assessment),
            new NoticeSection(
                ConclusionTexts.Heading(2, ConclusionTexts.DirectivesHeading),
                [.. items.Select((item, i) => $"- {item}{(i == items.Count - 1 ? "." : ";")}")]),
        ];
    }
}
