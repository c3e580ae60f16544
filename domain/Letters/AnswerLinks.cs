using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Domain.Letters;

/// <summary>
/// Links to the personal confirmation page that preselect an answer: <c>?tra-loi=tham-du</c>,
/// <c>khong-tham-du</c>, <c>cu-nguoi-du-thay</c>. Opening the page (GET) changes nothing; it only shows the form with
/// the choice made, and the invitee still submits it. The page reads the value back with <see cref="TryParse"/>.
/// </summary>
public static class AnswerLinks
{
    /// <summary>The query parameter: "tra-loi" (answer).</summary>
    public const string QueryName = "tra-loi";

    /// <summary>The answers a letter offers, in the order of its buttons.</summary>
    public static IReadOnlyList<ResponseKind> Offered { get; } =
        [ResponseKind.Accepted, ResponseKind.Declined, ResponseKind.DeputySent];

    /// <summary>"tham-du", "khong-tham-du", "cu-nguoi-du-thay".</summary>
    public static string Value(ResponseKind kind) => kind switch
    {
        ResponseKind.Accepted => "tham-du",
        ResponseKind.Declined => "khong-tham-du",
        ResponseKind.DeputySent => "cu-nguoi-du-thay",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only a real answer can be preselected."),
    };

    /// <summary>The personal link with the answer added to its query (an existing query and fragment are kept).</summary>
    public static Uri For(Uri personalLink, ResponseKind kind)
    {
        ArgumentNullException.ThrowIfNull(personalLink);
        var parameter = $"{QueryName}={Value(kind)}";
        var builder = new UriBuilder(personalLink);
        var query = builder.Query.TrimStart('?');
        builder.Query = query.Length == 0 ? parameter : $"{query}&{parameter}";
        return builder.Uri;
    }

    /// <summary>Reads a <see cref="QueryName"/> value back; false (and <see cref="ResponseKind.NoAnswer"/>) for anything else.</summary>
    public static bool TryParse(string? value, out ResponseKind kind)
    {
        foreach (var offered in Offered)
        {
            if (string.Equals(Value(offered), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = offered;
                return true;
            }
        }

        kind = ResponseKind.NoAnswer;
        return false;
    }
}
