using System.Globalization;
using Azure;

namespace HdndWorkflow.Functions.Health;

/// <summary>
/// A short public description of a storage failure: /health is anonymous, so it names the kind of failure and the
/// status, never the exception's message (which can carry endpoints and service detail). The exception itself goes to
/// the log through the health check service.
/// </summary>
internal static class StorageFailure
{
    public static string Describe(string service, Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 } => $"{service} storage is unreachable.",
        RequestFailedException failed => string.Create(CultureInfo.InvariantCulture,
            $"{service} storage answered {failed.Status}{(failed.ErrorCode is null ? "" : $" {failed.ErrorCode}")}."),
        _ => $"{service} storage: no token could be obtained for the app's identity.",
    };
}
