using HdndWorkflow.Email.Development;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Identity;

/// <summary>
/// In Development only, prints the built-in development accounts and their API keys on the console at start-up, so
/// that a newcomer can call the API and sign in at once. Written to the console, not to the log: keys never reach log
/// storage. Only keys exactly as <c>appsettings.Development.json</c> ships them are printed; a key set or changed
/// anywhere else (environment, user secrets) is named, never shown.
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

        var lines = Lines(
            app.Services.GetRequiredService<IOptions<DirectoryOptions>>().Value,
            app.Configuration,
            $"appsettings.{app.Environment.EnvironmentName}.json",
            app.Services.GetService<DevelopmentMailbox>() is not null);
        app.Lifetime.ApplicationStarted.Register(() => Console.Out.WriteLine(string.Join(Environment.NewLine, lines)));
        return app;
    }

    /// <summary>What is printed: the accounts, then each API key, shown only when <paramref name="file"/> sets it as it is.</summary>
    internal static IReadOnlyList<string> Lines(DirectoryOptions directory, IConfiguration configuration, string file, bool mailbox)
    {
        var builtIn = BuiltInKeys(configuration, file);
        var lines = new List<string> { $"Development accounts (sign in at /dang-nhap; {(mailbox ? "the sign-in e-mail arrives at /dev/mail" : "the sign-in e-mail goes out through SendGrid")}):" };
        lines.AddRange(directory.Users.Select(u => $"  {u.Role,-13} {u.Email}  {u.Name}{(u.Council is null ? "" : $"  ({u.Council})")}"));
        lines.Add("Development API keys (header X-Api-Key):");
        lines.AddRange(directory.ApiKeys.Select(k => builtIn.Contains((k.Name, k.Key))
            ? $"  {k.Name}: {k.Key}  (acts as {k.User})"
            : $"  {k.Name}: set outside {file}, not printed  (acts as {k.User})"));
        return lines;
    }

    // The (name, key) pairs of the file's own Directory:ApiKeys entries.
    private static HashSet<(string Name, string Key)> BuiltInKeys(IConfiguration configuration, string file)
    {
        var keys = new HashSet<(string, string)>();
        var provider = (configuration as IConfigurationRoot)?.Providers.OfType<JsonConfigurationProvider>()
            .FirstOrDefault(p => string.Equals(p.Source.Path, file, StringComparison.OrdinalIgnoreCase));
        for (var i = 0; provider is not null && provider.TryGet($"{DirectoryOptions.Section}:ApiKeys:{i}:Key", out var key); i++)
        {
            if (provider.TryGet($"{DirectoryOptions.Section}:ApiKeys:{i}:Name", out var name))
            {
                keys.Add((name!, key!));
            }
        }

        return keys;
    }
}
