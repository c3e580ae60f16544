using Azure.Core;
using Azure.Core.Pipeline;

namespace HdndWorkflow.Storage;

/// <summary>Builds the one HttpPipeline a service client owns: service version, authorisation, retries, logging.</summary>
internal static class StoragePipeline
{
    private const string StorageScope = "https://storage.azure.com/.default";

    public static HttpPipeline Create(StorageAccount account, StorageService service, string serviceVersion, StorageClientOptions? options)
    {
        options ??= new StorageClientOptions();
        options.Diagnostics.LoggedHeaderNames.Add("x-ms-request-id");
        options.Diagnostics.LoggedHeaderNames.Add("x-ms-error-code");
        options.Diagnostics.LoggedHeaderNames.Add("x-ms-version");

        HttpPipelinePolicy authorization = account.AccountKey is { } key
            ? new SharedKeyLitePolicy(account.AccountName, key, service)
            : new BearerTokenAuthenticationPolicy(account.Credential!, StorageScope);

        var pipelineOptions = new HttpPipelineOptions(options)
        {
            ResponseClassifier = new ResponseClassifier(),
        };
        pipelineOptions.PerCallPolicies.Add(new ServiceVersionPolicy(serviceVersion));
        pipelineOptions.PerRetryPolicies.Add(authorization);
        return HttpPipelineBuilder.Build(pipelineOptions);
    }

    private sealed class ServiceVersionPolicy(string version) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => message.Request.Headers.SetValue("x-ms-version", version);
    }
}
