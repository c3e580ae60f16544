using System.Buffers.Binary;
using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Email;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Identity;
using HdndWorkflow.Functions.Security;
using NodaTime;

namespace HdndWorkflow.Functions.Pages.Account;

/// <summary>
/// What a sign-in link carries once its signature checks: whose it is, until when it is valid, and its id (the SHA-256
/// of its random bytes in hex), which names the link in <see cref="UsedSignInLinks"/> without giving it away.
/// </summary>
internal sealed record SignInToken(string Email, DateTimeOffset Expires, string Id);

/// <summary>
/// Sign-in links: <c>/dang-nhap/{token}</c>, the token being the user's e-mail, an expiry 15 minutes ahead and 16
/// random bytes, signed for the purpose "sign-in" (so no invitation token can pass as one) and written in base64url.
/// Each link signs in once (<see cref="UsedSignInLinks"/>).
/// </summary>
internal sealed class SignInLinks(LinkSigner signer, PublicLinks links, TimeProvider time)
{
    public const string Path = IdentityRegistration.SignInPath;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>What the link's signature is for, and the e-mail's purpose in its key.</summary>
    private const string Purpose = "sign-in";
    private const byte Version = 1;
    private const int NonceLength = 16;
    private const int Header = 1 + 8 + NonceLength;

    /// <summary>Longer tokens are refused unread: the longest address (254 bytes) gives 395 characters.</summary>
    private const int MaxTokenLength = 512;

    public string Issue(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var address = Encoding.UTF8.GetBytes(email);
        var payload = new byte[Header + address.Length];
        payload[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(1, 8), (time.GetUtcNow() + Lifetime).ToUnixTimeSeconds());
        RandomNumberGenerator.Fill(payload.AsSpan(9, NonceLength));
        address.CopyTo(payload, Header);
        return Base64Url.EncodeToString(signer.Sign(Purpose, payload));
    }

    /// <summary>The token's content if this app signed it (expired or not); null for anything tampered or malformed.</summary>
    public SignInToken? Read(string? token)
    {
        // Only the form Issue writes (the decoder would also take white space and padding); IsValid next, because
        // TryDecodeFromChars throws on non-zero trailing bits.
        if (!LinkTokenText.IsCanonical(token) || token.Length > MaxTokenLength || !Base64Url.IsValid(token))
        {
            return null;
        }

        var bytes = new byte[Base64Url.GetMaxDecodedLength(token.Length)];
        if (!Base64Url.TryDecodeFromChars(token, bytes, out var length) || signer.Verify(Purpose, bytes.AsSpan(0, length)) is not { } payload
            || payload.Length <= Header || payload[0] != Version)
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(1, 8)));
        var id = Convert.ToHexStringLower(SHA256.HashData(payload.AsSpan(9, NonceLength)));
        return new SignInToken(Encoding.UTF8.GetString(payload.AsSpan(Header)), expires, id);
    }

    public bool HasExpired(SignInToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return time.GetUtcNow() >= token.Expires;
    }

    /// <summary>The e-mail with a fresh link for <paramref name="user"/>; its key is new on every request.</summary>
    public OutgoingEmail Compose(UserEntry user, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(user);
        var path = $"{Path}/{Issue(user.Email)}" + (returnUrl is null ? string.Empty : $"?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var link = links.For(path).AbsoluteUri;
        var until = VietnameseFormat.DateTime(VietnamTime.ToLocal(Instant.FromDateTimeOffset(time.GetUtcNow() + Lifetime)));
        var minutes = ((int)Lifetime.TotalMinutes).ToString(CultureInfo.InvariantCulture);
        var name = WebUtility.HtmlEncode(user.Name);
        var href = WebUtility.HtmlEncode(link);
        return new OutgoingEmail
        {
            IdempotencyKey = EmailKey.For($"sign-in-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}", Purpose, 0),
            To = new EmailRecipient(user.Email, user.Name),
            Subject = "Đường dẫn đăng nhập – Hội nghị Thường trực HĐND",
            Text =
                $"Kính gửi đồng chí {user.Name},\n\n" +
                $"Để đăng nhập hệ thống tổ chức hội nghị, đồng chí mở đường dẫn sau và bấm nút \u201cĐăng nhập\u201d:\n{link}\n\n" +
                $"Đường dẫn chỉ dùng được một lần và có hiệu lực {minutes} phút (đến {until}).\n" +
                "Nếu đồng chí không yêu cầu đăng nhập, xin bỏ qua thư này; tài khoản vẫn an toàn.\n",
            Html =
                $"<p>Kính gửi đồng chí {name},</p>" +
                "<p>Để đăng nhập hệ thống tổ chức hội nghị, đồng chí bấm vào đường dẫn dưới đây rồi bấm nút \u201cĐăng nhập\u201d:</p>" +
                $"<p><a href=\"{href}\">Đăng nhập hệ thống</a></p>" +
                $"<p>Đường dẫn chỉ dùng được một lần và có hiệu lực {minutes} phút (đến {until}). Nếu nút không bấm được, hãy sao chép địa chỉ sau vào trình duyệt:<br>{href}</p>" +
                "<p>Nếu đồng chí không yêu cầu đăng nhập, xin bỏ qua thư này; tài khoản vẫn an toàn.</p>",
        };
    }
}
