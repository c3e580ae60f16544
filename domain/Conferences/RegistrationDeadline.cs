using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>
/// The last moment invitees may answer, as written on the invitation (Vietnam local time). Answers are accepted up to
/// and including this moment.
/// </summary>
public sealed record RegistrationDeadline(LocalDateTime Local)
{
    public Instant Instant => VietnamTime.ToInstant(Local);

    public bool HasPassed(Instant now) => now > Instant;

    /// <summary>"17 giờ 00 ngày 30/07/2024".</summary>
    public override string ToString() => VietnameseFormat.DateTime(Local);
}
