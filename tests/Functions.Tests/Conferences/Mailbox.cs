using System.Net.Http.Json;
using System.Text.RegularExpressions;
using HdndWorkflow.Email.Development;

namespace HdndWorkflow.Functions.Tests.Conferences;

/// <summary>The development mailbox as a test reads it: through its JSON API, like a script following links.</summary>
public sealed partial class Mailbox(HttpClient client)
{
    /// <summary>Every e-mail to <paramref name="address"/> (newest first), with bodies and attachments.</summary>
    public async Task<IReadOnlyList<DevMailMessage>> ToAsync(string address)
    {
        var messages = new List<DevMailMessage>();
        string? continuation = null;
        do
        {
            var page = (await client.GetFromJsonAsync<DevMailPage>($"/api/dev/mail?limit=200{(continuation is null ? "" : $"&continuationToken={Uri.EscapeDataString(continuation)}")}"))!;
            foreach (var summary in page.Messages.Where(m => string.Equals(m.To.Address, address, StringComparison.OrdinalIgnoreCase)))
            {
                messages.Add((await client.GetFromJsonAsync<DevMailMessage>($"/api/dev/mail/{summary.Id}"))!);
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return messages;
    }

    /// <summary>Waits for the e-mail of <paramref name="purpose"/> ("invitation", "update", …) to the address.</summary>
    public Task<DevMailMessage> WaitForAsync(string address, string purpose, int revision = 0) =>
        Eventually.GetAsync(
            async () => (await ToAsync(address)).FirstOrDefault(m => m.CustomArgs.GetValueOrDefault("purpose") == purpose && m.CustomArgs.GetValueOrDefault("revision") == revision.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(60),
            $"The {purpose} e-mail (revision {revision}) to {address}");

    /// <summary>The token of the personal link in an e-mail's text.</summary>
    public static string TokenIn(DevMailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return ConfirmationLink().Match(message.Text) is { Success: true } match
            ? match.Groups["token"].Value
            : throw new InvalidOperationException($"No confirmation link in \"{message.Subject}\".");
    }

    [GeneratedRegex(@"/xac-nhan/(?<token>[A-Za-z0-9_-]{40,})")]
    private static partial Regex ConfirmationLink();
}
