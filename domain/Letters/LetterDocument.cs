namespace HdndWorkflow.Domain.Letters;

/// <summary>
/// A letter's content before rendering: the HTML and the plain text are both written from this one value, so the two
/// always say the same thing. Everything here is plain text; only the renderers encode it.
/// </summary>
/// <param name="Subject">The subject line.</param>
/// <param name="Issuer">Who writes: "Thường trực HĐND tỉnh Nghệ An".</param>
/// <param name="Heading">The letter's heading: "GIẤY MỜI".</param>
/// <param name="Preheader">The line inboxes show after the subject.</param>
/// <param name="Body">The blocks, in order.</param>
/// <param name="Footer">Small print under the body.</param>
internal sealed record LetterDocument(
    string Subject, string Issuer, string Heading, string Preheader, IReadOnlyList<LetterBlock> Body, IReadOnlyList<string> Footer);

/// <summary>One part of a letter's body.</summary>
internal abstract record LetterBlock;

/// <summary>A paragraph of runs, some of them in bold.</summary>
internal sealed record Paragraph(IReadOnlyList<Run> Runs) : LetterBlock
{
    public Paragraph(params Run[] runs)
        : this((IReadOnlyList<Run>)runs)
    {
    }
}

/// <summary>A piece of text in a paragraph.</summary>
internal sealed record Run(string Text, bool Strong = false);

/// <summary>Labelled facts ("Thời gian: …"), one a row.</summary>
internal sealed record Facts(IReadOnlyList<Fact> Rows) : LetterBlock;

/// <summary>One labelled fact; a superseded one is the old value of something that changed.</summary>
internal sealed record Fact(string Label, string Value, FactStyle Style = FactStyle.Normal);

/// <summary>How a fact is shown.</summary>
internal enum FactStyle
{
    Normal,
    Emphasized,
    Superseded,
}

/// <summary>A captioned bulleted list.</summary>
internal sealed record Bullets(string Caption, IReadOnlyList<string> Items) : LetterBlock;

/// <summary>Links shown as large buttons, one under another; written out as "Label: link" in the text.</summary>
internal sealed record Buttons(IReadOnlyList<LetterAction> Actions) : LetterBlock;

/// <summary>A button: its label, where it goes and its colour.</summary>
internal sealed record LetterAction(string Label, Uri Link, string Colour);

/// <summary>A smaller, secondary paragraph.</summary>
internal sealed record Note(string Text) : LetterBlock;
