namespace HdndWorkflow.Functions.Conferences.Import;

/// <summary>
/// One non-blank record of an invitee file, its values cleaned (<see cref="ImportText.Clean"/>), before it is checked.
/// </summary>
/// <param name="Line">The physical line where the record starts (header = 1).</param>
/// <param name="FieldCount">How many fields the record has, counting trailing empty ones only if a value follows.</param>
/// <param name="ColumnCount">How many columns the header has.</param>
/// <param name="TextAfterClosingQuote">Whether a quoted value is followed by more text (<c>"ab"c</c>).</param>
internal sealed record InviteeRow(
    int Line,
    string Name,
    string Title,
    string Organization,
    string Email,
    int FieldCount,
    int ColumnCount,
    bool TextAfterClosingQuote)
{
    /// <summary>The record has values past the last column, typically a comma that should have been quoted.</summary>
    public bool HasExtraFields => FieldCount > ColumnCount;

    /// <summary>
    /// The row of a record's <paramref name="fields"/>, or null when they are all blank (a line such as ";;;").
    /// </summary>
    public static InviteeRow? From(int line, IReadOnlyList<string> fields, InviteeColumns columns, bool textAfterClosingQuote)
    {
        var lastValue = fields.Count - 1;
        while (lastValue >= 0 && fields[lastValue].Length == 0)
        {
            lastValue--;
        }

        if (lastValue < 0)
        {
            return null;
        }

        return new(
            line,
            Field(fields, columns.Name),
            Field(fields, columns.Title),
            Field(fields, columns.Organization),
            Field(fields, columns.Email),
            FieldCount: lastValue + 1,
            columns.Count,
            textAfterClosingQuote);
    }

    private static string Field(IReadOnlyList<string> fields, int index) => index < fields.Count ? fields[index] : string.Empty;
}
