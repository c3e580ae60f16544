using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;

namespace HdndWorkflow.Storage;

/// <summary>
/// Computes the SharedKeyLite <c>Authorization</c> header of the Table service and of the Queue (and Blob) service:
/// https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key. Used by
/// <see cref="SharedKeyLitePolicy"/> and by the storage benchmark's raw-HTTP baseline, so both sign alike.
/// </summary>
internal static class SharedKeyLiteSigner
{
    /// <summary>
    /// Table SharedKeyLite: signs <c>Date \n CanonicalizedResource</c>. <paramref name="path"/> is the encoded path as
    /// sent (with the emulator's path-style account segment when present), <paramref name="query"/> the query string
    /// (only its <c>comp</c> parameter is signed).
    /// </summary>
    public static string ForTable(string accountName, byte[] accountKey, string date, string path, string query)
    {
        var builder = new StringBuilder(256);
        builder.Append(date).Append('\n');
        AppendCanonicalizedResource(builder, accountName, path, query);
        return Authorization(accountName, accountKey, builder);
    }

    /// <summary>
    /// Queue SharedKeyLite: signs <c>VERB \n Content-MD5 \n Content-Type \n Date \n CanonicalizedHeaders
    /// CanonicalizedResource</c>, with an empty Date because <c>x-ms-date</c> is among <paramref name="headers"/>
    /// (of which only the <c>x-ms-</c> ones are signed).
    /// </summary>
    public static string ForQueue(string accountName, byte[] accountKey, string method, string contentMd5, string contentType, IEnumerable<HttpHeader> headers, string path, string query)
    {
        var builder = new StringBuilder(256);
        builder.Append(method).Append('\n')
            .Append(contentMd5).Append('\n')
            .Append(contentType).Append('\n')
            .Append('\n');
        AppendCanonicalizedHeaders(builder, headers);
        AppendCanonicalizedResource(builder, accountName, path, query);
        return Authorization(accountName, accountKey, builder);
    }

    private static void AppendCanonicalizedHeaders(StringBuilder builder, IEnumerable<HttpHeader> all)
    {
        var headers = new List<HttpHeader>();
        foreach (var header in all)
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

    private static void AppendCanonicalizedResource(StringBuilder builder, string accountName, string path, string query)
    {
        // "/account" + the encoded path as sent, plus "?comp=…" and no other query parameter.
        builder.Append('/').Append(accountName).Append(path);
        var comp = query.IndexOf("comp=", StringComparison.Ordinal);
        if (comp > 0 && (query[comp - 1] == '?' || query[comp - 1] == '&'))
        {
            var end = query.IndexOf('&', comp);
            builder.Append('?').Append(end < 0 ? query[comp..] : query[comp..end]);
        }
    }

    private static string Authorization(string accountName, byte[] accountKey, StringBuilder stringToSign) =>
        $"SharedKeyLite {accountName}:{Sign(accountKey, stringToSign.ToString())}";

    private static string Sign(byte[] accountKey, string stringToSign)
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
