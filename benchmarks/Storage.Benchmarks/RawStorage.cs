using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using Azure.Core;
using HdndWorkflow.Storage.Queues;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>
/// The baseline: the same REST requests as the clients send, made with one shared <see cref="HttpClient"/>, bodies and
/// URLs built in advance, signed with the very <see cref="SharedKeyLiteSigner"/> the client's policy uses, and answers
/// read into pooled buffers. Nothing is parsed beyond what the next request needs.
/// </summary>
internal sealed class RawStorage(StorageAccount account)
{
    private const string JsonMinimalMetadata = "application/json;odata=minimalmetadata";

    private static readonly HttpClient Http = new(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    private readonly string _accountName = account.AccountName;
    private readonly byte[] _accountKey = account.AccountKey ?? throw new ArgumentException("The raw baseline signs with the account key.", nameof(account));

    public Uri TableEndpoint { get; } = account.TableEndpoint;

    public Uri QueueEndpoint { get; } = account.QueueEndpoint;

    /// <summary>A Table service request to <paramref name="uri"/>, signed for <paramref name="path"/> (its encoded path).</summary>
    public HttpRequestMessage TableRequest(HttpMethod method, Uri uri, string path)
    {
        var request = new HttpRequestMessage(method, uri);
        var date = Date();
        var headers = request.Headers;
        headers.TryAddWithoutValidation("Accept", JsonMinimalMetadata);
        headers.TryAddWithoutValidation("DataServiceVersion", "3.0");
        headers.TryAddWithoutValidation("x-ms-version", TableServiceClient.ServiceVersion);
        headers.TryAddWithoutValidation("x-ms-date", date);
        headers.TryAddWithoutValidation("Authorization", SharedKeyLiteSigner.ForTable(_accountName, _accountKey, date, path, string.Empty));
        return request;
    }

    /// <summary>A Queue service request to <paramref name="uri"/>, signed for <paramref name="path"/> and the body's content type.</summary>
    public HttpRequestMessage QueueRequest(HttpMethod method, Uri uri, string path, string contentType = "")
    {
        var request = new HttpRequestMessage(method, uri);
        var date = Date();
        HttpHeader[] signed = [new("x-ms-date", date), new("x-ms-version", QueueServiceClient.ServiceVersion)];
        var headers = request.Headers;
        foreach (var header in signed)
        {
            headers.TryAddWithoutValidation(header.Name, header.Value);
        }

        headers.TryAddWithoutValidation(
            "Authorization",
            SharedKeyLiteSigner.ForQueue(_accountName, _accountKey, method.Method, string.Empty, contentType, signed, path, uri.Query));
        return request;
    }

    /// <summary>Sends the request and reads the whole answer; throws unless its status is <paramref name="expected"/>.</summary>
    public static async Task<PooledBody> SendAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = await ReadAsync(response.Content);
        if (response.StatusCode != expected)
        {
            var text = Encoding.UTF8.GetString(body.Span);
            body.Dispose();
            throw new InvalidOperationException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}, not {(int)expected}: {text}");
        }

        return body;
    }

    /// <summary>The emulator's version, from the Server header of the Table service (e.g. Azurite-Table/3.35.0).</summary>
    public async Task<string> ServerVersionAsync()
    {
        var uri = new Uri($"{TableEndpoint}/Tables");
        using var request = TableRequest(HttpMethod.Get, uri, uri.AbsolutePath);
        using var response = await Http.SendAsync(request);
        var server = response.Headers.Server.ToString();
        var slash = server.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? server : server[(slash + 1)..].Split(' ')[0];
    }

    private static async Task<PooledBody> ReadAsync(HttpContent content)
    {
        await using var stream = await content.ReadAsStreamAsync();
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length));
            if (read == 0)
            {
                return new PooledBody(buffer, length);
            }

            length += read;
        }
    }

    private static string Date() => DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture);
}
