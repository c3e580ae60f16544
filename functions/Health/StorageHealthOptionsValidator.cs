using HdndWorkflow.Storage;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Health;

/// <summary>Checks the configured names against the services' naming rules at start-up.</summary>
internal sealed class StorageHealthOptionsValidator : IValidateOptions<StorageHealthOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageHealthOptions options)
    {
        var failures = new List<string>();
        try
        {
            StorageLimits.ValidateTableName(options.TableName);
        }
        catch (ArgumentException e)
        {
            failures.Add($"Health:TableName: {e.Message}");
        }

        try
        {
            StorageLimits.ValidateQueueName(options.QueueName);
        }
        catch (ArgumentException e)
        {
            failures.Add($"Health:QueueName: {e.Message}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
