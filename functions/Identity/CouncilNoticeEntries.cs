namespace HdndWorkflow.Functions.Identity;

/// <summary>The council's chair, to whom a stalled review of a conclusion is escalated.</summary>
public sealed class CouncilChairEntry
{
    public string Name { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;
}

/// <summary>
/// How the council's conclusion notices are issued (Decree 30/2020/NĐ-CP): the issuing body's lines, its code in the
/// number ("HĐND" in "12/TB-HĐND"), the place of the date line, the signature block and the recipients ("Nơi nhận"),
/// those with an e-mail address receiving the published notice.
/// </summary>
public sealed class CouncilNoticeEntry
{
    /// <summary>"HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG TRỊ".</summary>
    public List<string> ParentLines { get; init; } = [];

    /// <summary>"THƯỜNG TRỰC HĐND".</summary>
    public List<string> BodyLines { get; init; } = [];

    public string Code { get; init; } = string.Empty;

    public string Place { get; init; } = string.Empty;

    /// <summary>"TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH".</summary>
    public List<string> SignatureAuthority { get; init; } = [];

    public string SignatureName { get; init; } = string.Empty;

    public List<NoticeRecipientEntry> Recipients { get; init; } = [];

    /// <summary>The archive line's units: "VT, TH".</summary>
    public string Archive { get; init; } = "VT";
}

/// <summary>A recipient of the notice as "Nơi nhận" names it, and the address the notice is e-mailed to, if any.</summary>
public sealed class NoticeRecipientEntry
{
    public string Name { get; init; } = string.Empty;

    public string? Email { get; init; }
}
