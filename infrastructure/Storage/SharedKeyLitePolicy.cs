using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace HdndWorkflow.Storage;

/// <summary>
/// Signs each attempt of a request with the account key, per the SharedKeyLite scheme of the Table service or of the
/// Queue (and Blob) service: https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key.
/// </summary>
internal sealed class SharedKeyLitePolicy(string accountName, byte[] accountKey, StorageService service) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var date = DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture);
        request.Headers.SetValue("x-ms-date", date);

        var builder = new StringBuilder(256);
        if (service == StorageService.Table)
        {
            // Table SharedKeyLite: Date \n CanonicalizedResource.
            builder.Append(date).Append('\n');
        }
        else
        {
            // Queue SharedKeyLite: VERB \n Content-MD5 \n Content-Type \n Date (empty: x-ms-date is set) \n headers resource.
            builder.Append(request.Method.Method).Append('\n')
                .Append(HeaderOrEmpty(request, "Content-MD5")).Append('\n')
                .Append(HeaderOrEmpty(request, "Content-Type")).Append('\n')
                .Append('\n');
            AppendCanonicalizedHeaders(builder, request);
        }

        AppendCanonicalizedResource(builder, request.Uri);
        request.Headers.SetValue("Authorization", $"SharedKeyLite {accountName}:{Sign(builder.ToString())}");
    }

    private static string HeaderOrEmpty(Request request, string name) =>
        request.Headers.TryGetValue(name, out var value) ? value : string.Empty;

    private static void AppendCanonicalizedHeaders(StringBuilder builder, Request request)
    {
        var headers = new List<HttpHeader>();
        foreach (var header in request.Headers)
        {
            if (header.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            {
                headers.Add(header);
            }
        }

        headers.Sort(static (a, b) => string.CompareOrdinal(a.Name.ToLowerInvariant(), b.Name.ToLowerInvariant()));
        foreach (var header in headers)
        {
            builder.Append(header.Name.ToLowerInvariant()).Append(':').Append(header.Value.Trim()).Append('\n');
        }
    }

    private void AppendCanonicalizedResource(StringBuilder builder, RequestUriBuilder uri)
    {
        // "/account" + the encoded path as sent (with the emulator's path-style account segment when present),
        // plus "?comp=…" and no other query parameter.
        builder.Append('/').Append(accountName).Append(uri.Path);
        var query = uri.Query;
        var comp = query.IndexOf("comp=", StringComparison.Ordinal);
        if (comp > 0 && (query[comp - 1] == '?' || query[comp - 1] == '&'))
        {
            var end = query.IndexOf('&', comp);
            builder.Append('?').Append(end < 0 ? query[comp..] : query[comp..end]);
        }
    }

    private string Sign(string stringToSign)
    {
        var length = Encoding.UTF8.GetMaxByteCount(stringToSign.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(stringToSign, buffer);
            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(accountKey, buffer.AsSpan(0, written), hash);
            return Convert.ToBase64String(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
