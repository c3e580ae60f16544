using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace HdndWorkflow.Storage;

/// <summary>
/// Signs each attempt of a request with the account key, per the SharedKeyLite scheme of the Table service or of the
/// Queue (and Blob) service (the algorithm itself lives in <see cref="SharedKeyLiteSigner"/>).
/// </summary>
internal sealed class SharedKeyLitePolicy(string accountName, byte[] accountKey, StorageService service) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var date = DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture);
        request.Headers.SetValue("x-ms-date", date);

        var authorization = service == StorageService.Table
            ? SharedKeyLiteSigner.ForTable(accountName, accountKey, date, request.Uri.Path, request.Uri.Query)
            : SharedKeyLiteSigner.ForQueue(
                accountName,
                accountKey,
                request.Method.Method,
                HeaderOrEmpty(request, "Content-MD5"),
                HeaderOrEmpty(request, "Content-Type"),
                request.Headers,
                request.Uri.Path,
                request.Uri.Query);
        request.Headers.SetValue("Authorization", authorization);
    }

    private static string HeaderOrEmpty(Request request, string name) =>
        request.Headers.TryGetValue(name, out var value) ? value : string.Empty;
}
