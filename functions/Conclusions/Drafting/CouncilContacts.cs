using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Identity;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Conclusions.Drafting;

/// <summary>
/// What the conclusions need from the directory (configuration section <c>Directory</c>): a council's organizers and
/// approvers, its chair and how it issues notices. A thread-safe singleton over the options read at start-up.
/// </summary>
internal sealed class CouncilContacts(IOptions<DirectoryOptions> options)
{
    private readonly DirectoryOptions _directory = options.Value;

    public IReadOnlyList<UserEntry> Organizers(CouncilId council) => UsersOf(council, Roles.Organizer);

    public IReadOnlyList<UserEntry> Approvers(CouncilId council) => UsersOf(council, Roles.Approver);

    public CouncilChairEntry? Chair(CouncilId council) => Entry(council)?.Chair;

    /// <summary>The recipients of the notice that have an e-mail address.</summary>
    public IReadOnlyList<NoticeRecipientEntry> NoticeRecipients(CouncilId council) =>
        [.. Entry(council)?.Notice?.Recipients.Where(r => !string.IsNullOrWhiteSpace(r.Email)) ?? []];

    /// <summary>The council's notice issuer; null when the directory does not say how it issues notices.</summary>
    public NoticeIssuer? Issuer(CouncilId council) => Entry(council)?.Notice is { } n ? ToIssuer(n) : null;

    public static NoticeIssuer ToIssuer(CouncilNoticeEntry notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new NoticeIssuer
        {
            ParentLines = notice.ParentLines,
            BodyLines = notice.BodyLines,
            Code = notice.Code,
            Place = notice.Place,
            Signature = new NoticeSignature(notice.SignatureAuthority, notice.SignatureName),
            Recipients = [.. notice.Recipients.Select(r => r.Name)],
            Archive = notice.Archive,
        };
    }

    private CouncilEntry? Entry(CouncilId council) => _directory.Councils.FirstOrDefault(c => c.Id == council.Value);

    private List<UserEntry> UsersOf(CouncilId council, string role) =>
        [.. _directory.Users.Where(u => u.Role == role && u.Council == council.Value)];
}
