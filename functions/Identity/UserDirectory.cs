using System.Collections.Frozen;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using HdndWorkflow.Domain.Councils;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Identity;

/// <summary>The configured councils, users and API keys, indexed once; a thread-safe singleton.</summary>
public sealed class UserDirectory
{
    private readonly FrozenDictionary<string, Council> _councils;
    private readonly FrozenDictionary<string, CouncilEntry> _councilEntries;
    private readonly FrozenDictionary<string, UserEntry> _users;
    private readonly FrozenDictionary<string, UserEntry> _byObjectId;
    private readonly (byte[] Hash, ApiKeyEntry Entry)[] _keys;

    public UserDirectory(IOptions<DirectoryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = options.Value;
        _councilEntries = directory.Councils.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _councils = directory.Councils.ToFrozenDictionary(
            c => c.Id,
            c => new Council(new CouncilId(c.Id), c.Name, Enum.Parse<AdministrativeUnitKind>(c.Unit), c.OrganizerOffice),
            StringComparer.Ordinal);
        _users = directory.Users.ToFrozenDictionary(u => u.Email.Trim(), StringComparer.OrdinalIgnoreCase);
        _byObjectId = directory.Users.Where(u => !string.IsNullOrWhiteSpace(u.ObjectId)).ToFrozenDictionary(u => u.ObjectId!.Trim(), StringComparer.OrdinalIgnoreCase);
        _keys = [.. directory.ApiKeys.Select(k => (Hash(k.Key), k))];
    }

    public IReadOnlyCollection<Council> Councils => _councils.Values;

    public Council? FindCouncil(CouncilId id) => _councils.GetValueOrDefault(id.Value);

    /// <summary>Whom invitees contact about registration: the council's configured contact, else its office.</summary>
    public string ContactOf(Council council)
    {
        ArgumentNullException.ThrowIfNull(council);
        return _councilEntries.GetValueOrDefault(council.Id.Value)?.Contact ?? council.OrganizerOffice;
    }

    public UserEntry? FindUser(string email) => _users.GetValueOrDefault(email.Trim());

    /// <summary>The user with this Entra ID object id, for App Service Authentication.</summary>
    public UserEntry? FindByObjectId(string objectId) => _byObjectId.GetValueOrDefault(objectId.Trim());

    /// <summary>The user an API key acts as, comparing in constant time; null for an unknown key.</summary>
    public UserEntry? FindByApiKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = Hash(key);
        ApiKeyEntry? match = null;
        foreach (var (candidate, entry) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(candidate, hash))
            {
                match = entry;
            }
        }

        return match is null ? null : FindUser(match.User);
    }

    /// <summary>The claims of a signed-in user.</summary>
    public static ClaimsIdentity IdentityOf(UserEntry user, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Email),
            new(ClaimTypes.Email, user.Email),
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role),
        };
        if (user.Council is { } council)
        {
            claims.Add(new Claim(Roles.CouncilClaim, council));
        }

        return new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role);
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
