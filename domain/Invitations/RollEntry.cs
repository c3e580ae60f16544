using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Invitations;

/// <summary>One invitee's line in the attendance roll, with the answer that counts.</summary>
public sealed record RollEntry(Invitee Invitee, InvitationResponse Response, Instant? AnsweredAt)
{
    public bool WillAttend => Response.WillAttend;

    /// <summary>The name of whoever will actually attend: the deputy's when one is sent; null when nobody comes.</summary>
    public string? AttendeeName => Response switch
    {
        InvitationResponse.DeputySent sent => sent.Deputy.Name,
        InvitationResponse.Accepted => Invitee.Name,
        _ => null,
    };

    /// <summary>
    /// The line in the list of attendees: the invitee's own line, or the deputy under his or her own name
    /// "Trần Thị B – Phó Giám đốc Sở Tư pháp (dự thay đồng chí Nguyễn Văn A)"; a unit's representative reads
    /// "(đại diện Văn phòng UBND tỉnh)". Null when nobody comes.
    /// </summary>
    public string? AttendeeLine => Response switch
    {
        InvitationResponse.DeputySent sent when Invitee is Invitee.Unit => $"{sent.Deputy} (đại diện {VietnameseCase.InSentence(Invitee.Name)})",
        InvitationResponse.DeputySent sent => $"{sent.Deputy} (dự thay đồng chí {Invitee.Name})",
        InvitationResponse.Accepted => Invitee.Line,
        _ => null,
    };
}
