using System.Text;

namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// The conclusion notice (Thông báo kết luận), in the parts and order of Decree 30/2020/NĐ-CP: issuing body and number
/// (top left), national title, motto and place-and-date (top right), "THÔNG BÁO" with its summary line, the body, the
/// signature block and the recipients. Every part is ready-to-print text; renderers only lay it out.
/// Build it with <see cref="Compose"/>.
/// </summary>
public sealed partial record ConclusionNotice
{
    /// <summary>"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".</summary>
    public string NationalTitle => ConclusionTexts.NationalTitle;

    /// <summary>"Độc lập - Tự do - Hạnh phúc".</summary>
    public string Motto => ConclusionTexts.Motto;

    /// <summary>"THÔNG BÁO".</summary>
    public string DocumentType => ConclusionTexts.NoticeType;

    /// <summary>"Nơi nhận:".</summary>
    public string RecipientsHeading => ConclusionTexts.RecipientsHeading;

    /// <summary>The parent body's lines, upright ("HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG TRỊ").</summary>
    public required IReadOnlyList<string> ParentLines { get; init; }

    /// <summary>The issuing body's lines, bold, underlined by a short rule ("THƯỜNG TRỰC HĐND").</summary>
    public required IReadOnlyList<string> BodyLines { get; init; }

    /// <summary>"Số: 12/TB-HĐND".</summary>
    public required string Number { get; init; }

    /// <summary>"Quảng Trị, ngày 05 tháng 8 năm 2024".</summary>
    public required string PlaceAndDate { get; init; }

    /// <summary>"Kết luận của Thường trực HĐND tỉnh tại Hội nghị …".</summary>
    public required string Summary { get; init; }

    /// <summary>The paragraphs before the sections: when, where and by whom the conference was held; who concluded.</summary>
    public required IReadOnlyList<string> Opening { get; init; }

    /// <summary>The assessment and conclusions, then the tasks set.</summary>
    public required IReadOnlyList<NoticeSection> Sections { get; init; }

    /// <summary>"Thường trực HĐND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.".</summary>
    public required string Closing { get; init; }

    public required NoticeSignature Signature { get; init; }

    /// <summary>The lines under "Nơi nhận:", "- Thường trực Tỉnh ủy;" … ending "- Lưu: VT, TH.".</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>The notice as plain text, block after block in reading order, blank lines between blocks.</summary>
    public string ToPlainText()
    {
        var text = new StringBuilder();
        void Block(IEnumerable<string> lines) => text.AppendJoin('\n', lines).Append("\n\n");

        Block([.. ParentLines, .. BodyLines, Number]);
        Block([NationalTitle, Motto, PlaceAndDate]);
        Block([DocumentType, Summary]);
        foreach (var paragraph in Opening)
        {
            Block([paragraph]);
        }

        foreach (var section in Sections)
        {
            Block([.. section.Heading is null ? Array.Empty<string>() : [section.Heading], .. section.Paragraphs]);
        }

        Block([Closing]);
        Block([.. Signature.Authority, string.Empty, Signature.Name]);
        Block([RecipientsHeading, .. Recipients]);
        return text.ToString().TrimEnd('\n') + "\n";
    }
}
