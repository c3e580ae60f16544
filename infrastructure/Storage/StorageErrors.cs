using System.Text.Json;
using System.Xml;
using Azure;

namespace HdndWorkflow.Storage;

/// <summary>
/// Turns a failed storage response into the one exception type callers catch, <see cref="RequestFailedException"/>,
/// carrying the HTTP status and the storage error code (for example 412 <c>UpdateConditionNotSatisfied</c>).
/// </summary>
internal static class StorageErrors
{
    public static RequestFailedException ToException(Response response, string operation)
    {
        var (code, detail) = Parse(response);
        var message = $"{operation} failed with {response.Status} {code ?? response.ReasonPhrase}" +
                      (string.IsNullOrEmpty(detail) ? "." : $": {detail}");
        return new RequestFailedException(response.Status, message, code, innerException: null);
    }

    /// <summary>Reads the error code and the first line of the service's message from a JSON or XML error body.</summary>
    internal static (string? Code, string? Message) Parse(Response response)
    {
        response.Headers.TryGetValue("x-ms-error-code", out var headerCode);
        var body = response.Content;
        if (body is null || body.ToMemory().IsEmpty)
        {
            return (headerCode, null);
        }

        try
        {
            var (code, message) = body.ToMemory().Span[0] == (byte)'<' ? ParseXml(body) : ParseJson(body);
            return (headerCode ?? code, FirstLine(message));
        }
        catch (Exception e) when (e is JsonException or XmlException)
        {
            return (headerCode, null);
        }
    }

    /// <summary>Parses a Table service error: <c>{"odata.error":{"code":"…","message":{"value":"…"}}}</c>.</summary>
    internal static (string? Code, string? Message) ParseJson(BinaryData body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("odata.error", out var error)
            && !document.RootElement.TryGetProperty("error", out error))
        {
            return (null, null);
        }

        var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
        string? message = null;
        if (error.TryGetProperty("message", out var m))
        {
            message = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString();
        }

        return (code, message);
    }

    private static (string? Code, string? Message) ParseXml(BinaryData body)
    {
        string? code = null, message = null;
        using var reader = XmlReader.Create(body.ToStream(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "Code" or "Message")
            {
                // ReadElementContentAsString moves past the element: no further Read() for it.
                var isCode = reader.LocalName == "Code";
                var value = reader.ReadElementContentAsString();
                (code, message) = isCode ? (value, message) : (code, value);
                continue;
            }

            reader.Read();
        }

        return (code, message);
    }

    private static string? FirstLine(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var newline = text.IndexOfAny(['\r', '\n']);
        return newline < 0 ? text : text[..newline];
    }
}
