namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// Who issues a conclusion notice and how it is signed and sent: the body's name lines for the top left (the parent
/// body, "HỘI ĐỒNG NHÂN DÂN" / "TỈNH QUẢNG TRỊ", then the issuing body, "THƯỜNG TRỰC HĐND"), its abbreviation for the
/// number ("HĐND" in "12/TB-HĐND"), the place name of the date line ("Quảng Trị"), the signature block and the
/// recipients. Texts are written as entered.
/// </summary>
public sealed record NoticeIssuer
{
    /// <summary>The parent body's lines, upright ("HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG TRỊ"); may be empty.</summary>
    public IReadOnlyList<string> ParentLines { get; init; } = [];

    /// <summary>The issuing body's lines, bold and underlined ("THƯỜNG TRỰC HĐND"); at least one.</summary>
    public required IReadOnlyList<string> BodyLines { get; init; }

    /// <summary>The issuing body's abbreviation in the number: "HĐND".</summary>
    public required string Code { get; init; }

    /// <summary>The place name (địa danh) of the date line: "Quảng Trị".</summary>
    public required string Place { get; init; }

    public required NoticeSignature Signature { get; init; }

    /// <summary>Who receives the notice ("Thường trực Tỉnh ủy", "UBND tỉnh"), in order.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Where copies are kept, the list's last line "- Lưu: VT, TH.": "VT" (the archive) and the drafting unit.</summary>
    public string Archive { get; init; } = "VT";

    /// <summary>Lists every problem; empty when the issuer can sign a notice.</summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        CheckLines(ParentLines, ConclusionFields.ParentLines, errors);
        if (BodyLines is not { Count: > 0 })
        {
            errors.Add(new(ConclusionFields.BodyLines, ConclusionMessages.BodyLinesRequired));
        }
        else
        {
            CheckLines(BodyLines, ConclusionFields.BodyLines, errors);
        }

        Require(Code, ConclusionFields.Code, ConclusionMessages.CodeRequired, errors);
        Require(Place, ConclusionFields.Place, ConclusionMessages.PlaceRequired, errors);
        if (Signature?.Authority is not { Count: > 0 } authority || authority.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(new(ConclusionFields.SignatureAuthority, ConclusionMessages.SignatureAuthorityRequired));
        }

        Require(Signature?.Name, ConclusionFields.SignatureName, ConclusionMessages.SignatureNameRequired, errors);
        for (var i = 0; i < Recipients.Count; i++)
        {
            Require(Recipients[i], ConclusionFields.Item(ConclusionFields.Recipients, i), ConclusionMessages.RecipientEmpty, errors);
        }

        Require(Archive, ConclusionFields.Archive, ConclusionMessages.ArchiveRequired, errors);
        return errors;
    }

    private static void CheckLines(IReadOnlyList<string> lines, string field, List<ValidationError> errors)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            Require(lines[i], ConclusionFields.Item(field, i), ConclusionMessages.LineEmpty, errors);
        }
    }

    private static void Require(string? text, string field, string message, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(field, message));
        }
    }
}
