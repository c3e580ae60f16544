namespace HdndWorkflow.Domain;

/// <summary>
/// The checks every typed text gets besides its own rules: a maximum length (<see cref="InputLimits"/>), no control
/// characters (NUL, escape, …; a one-line field takes no tab or line break either) and no broken UTF-16. Names that
/// end up in the organizer's spreadsheets (invitees, deputies) must not start like a formula either.
/// </summary>
public static class TextRules
{
    /// <summary>
    /// Adds an error for <paramref name="field"/> when <paramref name="text"/> (null counts as empty) is longer than
    /// <paramref name="maxLength"/> or holds characters it may not; returns whether it passed. <paramref name="label"/>
    /// names the field in the message ("Họ tên khách mời").
    /// </summary>
    public static bool Check(string? text, int maxLength, string field, string label, List<ValidationError> errors, bool multiLine = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (text is null)
        {
            return true;
        }

        if (text.Length > maxLength)
        {
            errors.Add(new(field, Messages.TooLong(label, text.Length, maxLength)));
            return false;
        }

        if (HasForbiddenCharacter(text, multiLine))
        {
            errors.Add(new(field, Messages.ForbiddenCharacter(label, multiLine)));
            return false;
        }

        return true;
    }

    /// <summary>
    /// <see cref="Check"/>, then a refusal when the text starts with a character a spreadsheet reads as the start of a
    /// formula ("=", "+", "-", "@"): such a name would run as a formula in the roll the organizer opens in Excel.
    /// </summary>
    public static bool CheckName(string? text, int maxLength, string field, string label, List<ValidationError> errors)
    {
        if (!Check(text, maxLength, field, label, errors))
        {
            return false;
        }

        if (StartsLikeFormula(text))
        {
            errors.Add(new(field, Messages.StartsLikeFormula(label)));
            return false;
        }

        return true;
    }

    /// <summary>
    /// Adds an error when a list has more than <paramref name="maxCount"/> items; returns whether it passed.
    /// <paramref name="message"/> says what the most is ("Hội nghị có tối đa 6 đồng chủ trì.").
    /// </summary>
    public static bool CheckCount<T>(IReadOnlyCollection<T>? items, int maxCount, string field, string message, List<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (items is null || items.Count <= maxCount)
        {
            return true;
        }

        errors.Add(new(field, message));
        return false;
    }

    /// <summary>Whether the text, after leading spaces, starts with "=", "+", "-" or "@".</summary>
    public static bool StartsLikeFormula(string? text) =>
        text?.TrimStart() is { Length: > 0 } trimmed && trimmed[0] is '=' or '+' or '-' or '@';

    /// <summary>
    /// Whether the text holds a control character (in <paramref name="multiLine"/> text, tab and line breaks are
    /// allowed) or half of a surrogate pair.
    /// </summary>
    public static bool HasForbiddenCharacter(string text, bool multiLine = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && !(multiLine && c is '\t' or '\n' or '\r'))
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of all the texts together (nulls count as empty).</summary>
    public static int TotalLength(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var total = 0L;
        foreach (var text in texts)
        {
            total += text?.Length ?? 0;
        }

        return (int)Math.Min(total, int.MaxValue);
    }
}
