using HdndWorkflow.Domain.Councils;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Identity;

/// <summary>Refuses a directory whose users name unknown councils or roles, or whose keys name unknown users.</summary>
internal sealed class DirectoryOptionsValidator : IValidateOptions<DirectoryOptions>
{
    private static readonly string[] KnownRoles = [Roles.Organizer, Roles.Approver, Roles.Administrator];

    public ValidateOptionsResult Validate(string? name, DirectoryOptions options)
    {
        var failures = new List<string>();
        var councils = options.Councils.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        failures.AddRange(options.Councils
            .Where(c => !Enum.TryParse<AdministrativeUnitKind>(c.Unit, out _))
            .Select(c => $"Council '{c.Id}' has an unknown unit '{c.Unit}'."));
        foreach (var user in options.Users)
        {
            if (!KnownRoles.Contains(user.Role, StringComparer.Ordinal))
            {
                failures.Add($"User '{user.Email}' has an unknown role '{user.Role}'.");
            }

            if (user.Role != Roles.Administrator && (user.Council is null || !councils.Contains(user.Council)))
            {
                failures.Add($"User '{user.Email}' ({user.Role}) must name a configured council.");
            }
        }

        var users = options.Users.Select(u => u.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        failures.AddRange(options.ApiKeys
            .Where(k => !users.Contains(k.User))
            .Select(k => $"API key '{k.Name}' acts as unknown user '{k.User}'."));
        failures.AddRange(options.Users
            .Where(u => !string.IsNullOrWhiteSpace(u.ObjectId))
            .GroupBy(u => u.ObjectId!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"Users {string.Join(", ", g.Select(u => $"'{u.Email}'"))} share the Entra object id '{g.Key}'."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
