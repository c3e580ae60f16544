using System.ComponentModel.DataAnnotations;

namespace HdndWorkflow.Functions.Identity;

/// <summary>
/// Who may do what: the councils the app serves, their people and the API keys of automation clients. Configuration
/// section <c>Directory</c>; in Azure the API keys come from Key Vault references, in Development from
/// appsettings.Development.json (printed at start-up so a newcomer can use them at once).
/// </summary>
public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    [Required]
    public List<CouncilEntry> Councils { get; init; } = [];

    [Required]
    public List<UserEntry> Users { get; init; } = [];

    [Required]
    public List<ApiKeyEntry> ApiKeys { get; init; } = [];
}

/// <summary>A council: its code, name, kind of administrative unit and organizing office.</summary>
public sealed class CouncilEntry
{
    [Required]
    public string Id { get; init; } = string.Empty;

    [Required]
    public string Name { get; init; } = string.Empty;

    /// <summary>An <c>AdministrativeUnitKind</c> name: Province, Commune, Ward, …</summary>
    [Required]
    public string Unit { get; init; } = string.Empty;

    [Required]
    public string OrganizerOffice { get; init; } = string.Empty;

    /// <summary>Where the office answers questions about registration ("Văn phòng …, điện thoại …").</summary>
    public string? Contact { get; init; }

    /// <summary>The chair, to whom a stalled review of a conclusion is escalated.</summary>
    public CouncilChairEntry? Chair { get; init; }

    /// <summary>How the council's conclusion notices are issued, signed and sent.</summary>
    public CouncilNoticeEntry? Notice { get; init; }
}

/// <summary>A person who signs in: e-mail, name, role and the council they serve (none for administrators).</summary>
public sealed class UserEntry
{
    [Required]
    public string Email { get; init; } = string.Empty;

    [Required]
    public string Name { get; init; } = string.Empty;

    /// <summary><see cref="Roles.Organizer"/>, <see cref="Roles.Approver"/> or <see cref="Roles.Administrator"/>.</summary>
    [Required]
    public string Role { get; init; } = string.Empty;

    public string? Council { get; init; }

    /// <summary>
    /// The user's Entra ID object id, for sign-in through App Service Authentication; without it, the Entra ID
    /// account's e-mail (preferred_username) must be <see cref="Email"/>.
    /// </summary>
    public string? ObjectId { get; init; }
}

/// <summary>An automation client's key, acting as one of the users.</summary>
public sealed class ApiKeyEntry
{
    [Required]
    public string Name { get; init; } = string.Empty;

    /// <summary>The e-mail of the user the key acts as.</summary>
    [Required]
    public string User { get; init; } = string.Empty;

    [Required]
    [MinLength(32)]
    public string Key { get; init; } = string.Empty;
}
