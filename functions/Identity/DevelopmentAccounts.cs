using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Identity;

/// <summary>
/// In Development only, prints the configured accounts and API keys on the console at start-up, so that a newcomer
/// can call the API and sign in at once. Written to the console, not to the log: keys never reach log storage.
/// </summary>
public static class DevelopmentAccounts
{
    public static WebApplication AnnounceDevelopmentAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        var directory = app.Services.GetRequiredService<IOptions<DirectoryOptions>>().Value;
        var lines = new List<string> { "Development accounts (sign in at /dang-nhap; the sign-in e-mail arrives at /dev/mail):" };
        lines.AddRange(directory.Users.Select(u => $"  {u.Role,-13} {u.Email}  {u.Name}{(u.Council is null ? "" : $"  ({u.Council})")}"));
        lines.Add("Development API keys (header X-Api-Key):");
        lines.AddRange(directory.ApiKeys.Select(k => $"  {k.Name}: {k.Key}  (acts as {k.User})"));
        app.Lifetime.ApplicationStarted.Register(() => Console.Out.WriteLine(string.Join(Environment.NewLine, lines)));
        return app;
    }
}
