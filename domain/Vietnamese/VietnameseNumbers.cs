namespace HdndWorkflow.Domain.Vietnamese;

/// <summary>
/// Numbers in Vietnamese words: cardinals ("hai mươi mốt", "một trăm linh năm") and the ordinals used to
/// number conferences within a term ("thứ nhất", "thứ tư", "thứ hai mươi tư").
/// </summary>
public static class VietnameseNumbers
{
    /// <summary>The largest number <see cref="ToWords"/> spells (just under one thousand billion, "nghìn tỷ").</summary>
    public const long MaxValue = 999_999_999_999;

    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    private static readonly string[] Scales = ["", "nghìn", "triệu", "tỷ"];

    /// <summary>A cardinal number in words, e.g. 21 "hai mươi mốt", 105 "một trăm linh năm", 1 015 "một nghìn không trăm mười lăm".</summary>
    public static string ToWords(long number)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxValue);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, -MaxValue);
        if (number < 0)
        {
            return "âm " + ToWords(-number);
        }

        if (number == 0)
        {
            return Digits[0];
        }

        var groups = new List<int>();
        for (var rest = number; rest > 0; rest /= 1000)
        {
            groups.Add((int)(rest % 1000));
        }

        var words = new List<string>();
        for (var scale = groups.Count - 1; scale >= 0; scale--)
        {
            if (groups[scale] == 0)
            {
                continue;
            }

            words.Add(GroupToWords(groups[scale], isLeading: scale == groups.Count - 1));
            if (Scales[scale].Length > 0)
            {
                words.Add(Scales[scale]);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// The ordinal "thứ …" for a positive number: 1 "thứ nhất", 4 "thứ tư", 14 "thứ mười bốn", 21 "thứ hai mươi mốt",
    /// 24 "thứ hai mươi tư". With <see cref="OrdinalStyle.Capitalized"/> the number word is capitalised as some
    /// portals write it ("thứ Ba").
    /// </summary>
    public static string Ordinal(int number, OrdinalStyle style = OrdinalStyle.Lowercase)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var words = number switch
        {
            1 => "nhất",
            4 => "tư",
            _ => ToWords(number),
        };

        // A final 4 reads "tư" except after "mười": "hai mươi tư", "một trăm linh tư", but "mười bốn".
        if (number > 10 && number % 10 == 4 && number / 10 % 10 != 1)
        {
            words = words[..^Digits[4].Length] + "tư";
        }

        return "thứ " + (style == OrdinalStyle.Capitalized ? VietnameseFormat.Capitalize(words) : words);
    }

    private static string GroupToWords(int group, bool isLeading)
    {
        int hundreds = group / 100, tens = group / 10 % 10, units = group % 10;
        var parts = new List<string>(4);

        // A group after a larger one always says its hundreds, even zero: "một nghìn không trăm linh năm".
        if (hundreds > 0 || !isLeading)
        {
            parts.Add(Digits[hundreds] + " trăm");
        }

        if (tens == 0)
        {
            if (units > 0)
            {
                if (parts.Count > 0)
                {
                    parts.Add("linh");
                }

                parts.Add(Digits[units]);
            }
        }
        else
        {
            parts.Add(tens == 1 ? "mười" : Digits[tens] + " mươi");
            if (units > 0)
            {
                parts.Add(UnitAfterTens(tens, units));
            }
        }

        return string.Join(' ', parts);
    }

    private static string UnitAfterTens(int tens, int units) => units switch
    {
        5 => "lăm",
        1 when tens >= 2 => "mốt",
        _ => Digits[units],
    };
}
