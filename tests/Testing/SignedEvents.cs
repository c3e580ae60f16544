using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HdndWorkflow.Testing;

/// <summary>
/// Signs Event Webhook requests as SendGrid does: ECDSA P-256 with SHA-256 over the timestamp followed by the body,
/// the signature DER-encoded in base64; the public key is given to the app as base64 of its SubjectPublicKeyInfo.
/// </summary>
public sealed class SignedEvents : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public string PublicKey => Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo());

    public (string Signature, string Timestamp) Sign(string body, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = _key.SignData(Encoding.UTF8.GetBytes(timestamp + body), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return (Convert.ToBase64String(signature), timestamp);
    }

    public HttpRequestMessage Request(string body, DateTimeOffset at, string? sentBody = null)
    {
        var (signature, timestamp) = Sign(body, at);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/sendgrid/events")
        {
            Content = new StringContent(sentBody ?? body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Twilio-Email-Event-Webhook-Signature", signature);
        request.Headers.Add("X-Twilio-Email-Event-Webhook-Timestamp", timestamp);
        return request;
    }

    /// <summary>A bounce of the invitation's e-mail, custom arguments at the top level as SendGrid sends them.</summary>
    public static string Bounce(string eventId, string invitationId, string conferenceId, DateTimeOffset at, string type = "bounce", string eventName = "bounce") =>
        string.Create(CultureInfo.InvariantCulture, $$"""
        [{"email":"daibieu@example.vn","timestamp":{{at.ToUnixTimeSeconds()}},"smtp-id":"<x@sendgrid>","event":"{{eventName}}","type":"{{type}}",
          "reason":"550 5.1.1 The email account that you tried to reach does not exist","status":"5.1.1","sg_event_id":"{{eventId}}",
          "sg_message_id":"msg.filter","invitation_id":"{{invitationId}}","purpose":"invitation","revision":"0","conference_id":"{{conferenceId}}",
          "email_key":"{{invitationId}}:invitation:r0"},
         {"email":"khac@example.vn","timestamp":{{at.ToUnixTimeSeconds()}},"event":"delivered","sg_event_id":"{{eventId}}-d","invitation_id":"other"}]
        """);

    public void Dispose() => _key.Dispose();
}
