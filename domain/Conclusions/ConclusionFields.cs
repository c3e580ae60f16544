using System.Globalization;

namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// The field paths the drafting's validation errors refer to, in the camelCase JSON shape of <see cref="Outcome"/>,
/// <see cref="NoticeIssuer"/> and the drafting inputs ("conclusions[0]", "figures[1].figures[0].breakdown[0].label").
/// </summary>
public static class ConclusionFields
{
    public const string Assessment = "assessment";
    public const string Figures = "figures";
    public const string PresidingChair = "presidingChair";
    public const string PresidingChairName = "presidingChair.name";
    public const string PresidingChairTitles = "presidingChair.titles";
    public const string Conclusions = "conclusions";
    public const string Directives = "directives";
    public const string DiscussionProblems = "discussion.problems";
    public const string DiscussionProposals = "discussion.proposals";
    public const string FieldVisitPlace = "fieldVisit.place";
    public const string FieldVisitWhen = "fieldVisit.when";
    public const string Authors = "authors";
    public const string FieldVisit = "fieldVisit";

    /// <summary>The outcome as a whole (its total length).</summary>
    public const string Outcome = "outcome";
    public const string PublishedOn = "publishedOn";
    public const string IssuedOn = "issuedOn";
    public const string NumberSequence = "number.sequence";
    public const string NumberYear = "number.year";
    public const string BodyLines = "bodyLines";
    public const string ParentLines = "parentLines";
    public const string Code = "code";
    public const string Place = "place";
    public const string SignatureAuthority = "signature.authority";
    public const string SignatureName = "signature.name";
    public const string Recipients = "recipients";
    public const string Archive = "archive";

    /// <summary>"conclusions[0]".</summary>
    public static string Item(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    /// <summary>"figures[1].subject".</summary>
    public static string Statement(int index, string field) => $"{Item(Figures, index)}.{field}";

    /// <summary>"figures[1].figures[0].label".</summary>
    public static string Figure(int statement, int index, string field) => $"{Figure(statement, index)}.{field}";

    /// <summary>"figures[1].figures[0]".</summary>
    public static string Figure(int statement, int index) => Item(Statement(statement, "figures"), index);

    /// <summary>"figures[1].figures[0].breakdown[2]": a part of the figure at <paramref name="figure"/>.</summary>
    public static string Part(string figure, int index) => Item($"{figure}.breakdown", index);

    /// <summary>"presidingChair.titles[0]".</summary>
    public static string PresidingChairTitle(int index) => Item(PresidingChairTitles, index);
}
