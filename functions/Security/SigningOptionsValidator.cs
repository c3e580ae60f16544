using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Security;

/// <summary>Refuses a signing key that is not base64 or shorter than 256 bits.</summary>
internal sealed class SigningOptionsValidator : IValidateOptions<SigningOptions>
{
    private const int MinimumBytes = 32;

    public ValidateOptionsResult Validate(string? name, SigningOptions options)
    {
        var buffer = new byte[options.Key.Length];
        return Convert.TryFromBase64String(options.Key, buffer, out var length) && length >= MinimumBytes
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{SigningOptions.Section}:Key must be base64 of at least {MinimumBytes} random bytes.");
    }
}
