using System.Text;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences.Import;

namespace HdndWorkflow.Functions.Tests.Conferences.Import;

/// <summary>Builds invitee files as bytes and reads them the way an upload is read: from a stream.</summary>
internal static class CsvSamples
{
    public const string Header = "Họ và tên,Chức vụ,Đơn vị,Email";

    /// <summary>The lines joined with LF, each one ended.</summary>
    public static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + "\n"));

    public static byte[] Utf8(string text, bool byteOrderMark = false) =>
        [.. byteOrderMark ? Encoding.UTF8.Preamble : [], .. Encoding.UTF8.GetBytes(text)];

    public static Task<InviteeImport> ReadAsync(string csv, params string[] alreadyInvited) =>
        ReadAsync(Utf8(csv), alreadyInvited);

    public static async Task<InviteeImport> ReadAsync(byte[] csv, params string[] alreadyInvited)
    {
        using var stream = new MemoryStream(csv);
        return await InviteeCsvReader.ReadAsync(stream, alreadyInvited.Select(EmailAddress.From), SequentialIds(), CancellationToken.None);
    }

    /// <summary>Ids 1, 2, 3 … in the order asked for.</summary>
    public static Func<InviteeId> SequentialIds()
    {
        var next = 0;
        return () => Id(++next);
    }

    public static InviteeId Id(int n) => new(new Guid(n, 0, 0, new byte[8]));

    public static IEnumerable<(int? Line, string Field, string Message)> Described(this InviteeImport import) =>
        import.Errors.Select(error => (error.Line, error.Field, error.Message));
}
