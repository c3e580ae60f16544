using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Conclusions.Corpus;

/// <summary>
/// One outcome written for the tests, with the conference and frozen roll it comes from, how the article and the notice
/// are drafted from it, and the texts a council's editor would publish, word for word (<see cref="Article"/>,
/// <see cref="Notice"/>, as <see cref="ArticleDraft.ToPlainText"/> and <see cref="ConclusionNotice.ToPlainText"/>).
/// </summary>
public sealed record CorpusCase(
    string Name,
    Conference Conference,
    AttendanceRoll Roll,
    Outcome Outcome,
    LocalDate PublishedOn,
    OrdinalStyle Style,
    NoticeIssuer Issuer,
    NoticeNumber Number,
    LocalDate IssuedOn,
    string Article,
    string Notice)
{
    /// <summary>A no-break space: the notice holds a term ("2026 – 2031") together with it.</summary>
    public const string Nb = "\u00a0";

    public static IReadOnlyList<CorpusCase> All => [BriefingCase.Create(), ExchangeCase.Create(), ThematicCase.Create()];

    public override string ToString() => Name;

    public ArticleDraft DraftArticle() => ArticleDraft.Compose(Conference, Roll, Outcome, PublishedOn, Style).Value;

    public ConclusionNotice DraftNotice() => ConclusionNotice.Compose(Conference, Outcome, Issuer, Number, IssuedOn).Value;

    internal static readonly Council QuangTri = new(
        new CouncilId("tinh-quang-tri"), "HĐND tỉnh Quảng Trị", AdministrativeUnitKind.Province, "Văn phòng Đoàn ĐBQH và HĐND tỉnh");

    internal static readonly Council NgheAn = Builders.NgheAn;

    internal static Invitee.Person Person(int id, string name, string title, string organization = "") =>
        new(Builders.InviteeId(id), name, title, organization, EmailAddress.From($"khach{id}@example.vn"));

    internal static Invitee.Unit Unit(int id, string name) =>
        new(Builders.InviteeId(id), name, EmailAddress.From($"donvi{id}@example.vn"));

    internal static Reply Accepted(Invitee invitee, Instant at) => new(invitee.Id, new InvitationResponse.Accepted(), at);

    internal static Reply Declined(Invitee invitee, Instant at) => new(invitee.Id, new InvitationResponse.Declined("Bận công tác"), at);

    internal static Reply Sent(Invitee invitee, string name, string title, Instant at) =>
        new(invitee.Id, new InvitationResponse.DeputySent(new Deputy(name, title, EmailAddress.From("dythay@example.vn"))), at);

    internal static NoticeIssuer ProvinceIssuer(string province, string place, string signer, params string[] recipients) => new()
    {
        ParentLines = ["HỘI ĐỒNG NHÂN DÂN", province],
        BodyLines = ["THƯỜNG TRỰC HĐND"],
        Code = "HĐND",
        Place = place,
        Signature = new NoticeSignature(["TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer),
        Recipients = recipients,
        Archive = "VT, TH",
    };
}
