using System.Globalization;
using System.Text;

namespace HdndWorkflow.Functions.Conclusions.Portal;

/// <summary>A readable ASCII piece of an address from a Vietnamese title: "Hội nghị giao ban lần thứ tư" → "hoi-nghi-giao-ban-lan-thu-tu".</summary>
public static class Slug
{
    private const int MaxLength = 80;

    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length <= MaxLength ? result : result[..MaxLength].TrimEnd('-');
    }
}
