namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// The signature block of a notice: the authority lines, upper case as Decree 30/2020/NĐ-CP writes them
/// ("TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), then, below the space for signature and seal, the
/// signer's name.
/// </summary>
public sealed record NoticeSignature(IReadOnlyList<string> Authority, string Name);
