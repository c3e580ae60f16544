using System.Text;

namespace HdndWorkflow.Domain.Letters;

/// <summary>Writes a <see cref="LetterDocument"/> as plain text: the same content, links written out in full.</summary>
internal static class LetterText
{
    public static string Render(LetterDocument document)
    {
        var text = new StringBuilder(4096);
        text.Append(document.Issuer.ToUpperInvariant()).Append('\n')
            .Append(document.Heading).Append("\n\n");
        foreach (var block in document.Body)
        {
            Block(text, block);
            text.Append('\n');
        }

        text.Append("--\n");
        foreach (var line in document.Footer)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static void Block(StringBuilder text, LetterBlock block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                text.AppendJoin(string.Empty, paragraph.Runs.Select(run => run.Text)).Append('\n');
                break;
            case Facts facts:
                foreach (var fact in facts.Rows)
                {
                    text.Append(fact.Label).Append(": ").Append(fact.Value).Append('\n');
                }

                break;
            case Bullets bullets:
                text.Append(bullets.Caption).Append('\n');
                foreach (var item in bullets.Items)
                {
                    text.Append("- ").Append(item).Append('\n');
                }

                break;
            case Buttons buttons:
                text.AppendJoin('\n', buttons.Actions.Select(action => $"{action.Label}:\n{action.Link.AbsoluteUri}\n"));

                break;
            case Note note:
                text.Append(note.Text).Append('\n');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown letter block.");
        }
    }
}
