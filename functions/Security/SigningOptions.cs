using System.ComponentModel.DataAnnotations;

namespace HdndWorkflow.Functions.Security;

/// <summary>
/// The key that signs personal links and sign-in links (configuration section <c>Signing</c>). In Azure it comes from
/// Key Vault; in Development from appsettings.Development.json. Rotating it invalidates every link sent before.
/// </summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    /// <summary>Base64 of at least 32 random bytes.</summary>
    [Required]
    public string Key { get; init; } = string.Empty;
}
