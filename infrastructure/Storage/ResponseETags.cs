using Azure;

namespace HdndWorkflow.Storage;

/// <summary>The entity's new version from the answer to a write (the SDK's writes return the raw response).</summary>
public static class ResponseETags
{
    /// <summary>The response's ETag header; default when it has none.</summary>
    public static ETag GetETag(this Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.ETag ?? default;
    }
}
