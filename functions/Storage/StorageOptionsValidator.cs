using HdndWorkflow.Storage;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Storage;

/// <summary>
/// Fails start-up when the storage setting is missing or malformed, rather than on the first request. The messages come
/// from <see cref="StorageConnection"/> and name settings, never their values.
/// </summary>
internal sealed class StorageOptionsValidator(IConfiguration configuration) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        try
        {
            StorageConnection.FromConfiguration(configuration, options.ConnectionName);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or UriFormatException)
        {
            return ValidateOptionsResult.Fail($"Setting '{options.ConnectionName}': {e.Message}");
        }
    }
}
