namespace HdndWorkflow.Domain.Invitations;

/// <summary>How a person's post reads with the body he or she works for.</summary>
public static class PersonRole
{
    /// <summary>
    /// "Giám đốc Sở Tư pháp": the title followed by the organization, without naming the organization twice. A title
    /// that already names it stands alone ("Phó Bí thư Thường trực Tỉnh ủy" with "Tỉnh ủy"); a title that ends with
    /// the words the organization opens with takes only the rest ("Chánh Văn phòng" with "Văn phòng Đoàn ĐBQH và HĐND
    /// tỉnh" reads "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh").
    /// </summary>
    public static string Of(string? title, string? organization)
    {
        title = title?.Trim() ?? string.Empty;
        organization = organization?.Trim() ?? string.Empty;
        if (organization.Length == 0 || ContainsWords(title, organization))
        {
            return title;
        }

        if (title.Length == 0)
        {
            return organization;
        }

        var titleWords = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var organizationWords = organization.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var shared = Math.Min(titleWords.Length, organizationWords.Length - 1); shared > 0; shared--)
        {
            if (titleWords[^shared..].SequenceEqual(organizationWords[..shared], StringComparer.OrdinalIgnoreCase))
            {
                return $"{title} {string.Join(' ', organizationWords[shared..])}";
            }
        }

        return $"{title} {organization}";
    }

    private static bool ContainsWords(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
