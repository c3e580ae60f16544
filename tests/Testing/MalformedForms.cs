using System.Text;

namespace HdndWorkflow.Testing;

/// <summary>
/// Forms a careless or hostile client posts, built from a valid one (name and value pairs, in order): URL-encoded
/// bodies with one field's value or name mangled (control characters with NUL, invalid UTF-8, huge values, wrong
/// types, formulas), a field left out, doubled or added, or the whole body wrong (content type, cut short, too many
/// fields, oversized); and multipart/form-data bodies likewise, with parts cut short, boundaries missing or lying,
/// files where text belongs. Seeded, so a failure repeats. The bytes are built by hand, so that what no well-behaved
/// client sends (bad percent-encoding, a missing final boundary) can be sent.
/// </summary>
public static class MalformedForms
{
    public const string UrlEncoded = "application/x-www-form-urlencoded";

    /// <summary>The content type of the multipart posts built here (their boundary).</summary>
    public const string MultipartType = $"multipart/form-data; boundary={Boundary}";

    private const string Boundary = "xYzZY";

    /// <summary>Replacement values, already percent-encoded as they travel.</summary>
    private static readonly (string Name, string Encoded)[] Values =
    [
        ("empty", string.Empty),
        ("NUL", "%00"),
        ("NUL inside", Encode("Nguyễn") + "%00" + Encode("Văn")),
        ("raw NUL byte", "a\0b"),
        ("control character", Encode("Nguyễn\u0001Văn")),
        ("escape", Encode("Nguyễn\u001bVăn")),
        ("line breaks", Encode("Nguyễn\r\nVăn")),
        ("invalid UTF-8", "Nguy%C3%28n%FF"),
        ("UTF-8 surrogate", "%ED%A0%80"),
        ("overlong UTF-8", "%C0%AF"),
        ("bad percent-encoding", "%G1%"),
        ("100,000 characters", Encode(new string('ệ', 100_000))),
        ("1 MB", new string('a', 1_000_000)),
        ("word for a number", "abc"),
        ("negative", "-1"),
        ("beyond int", "99999999999999999999"),
        ("fraction", "1.5"),
        ("bad date", "31%2F02%2F2026"),
        ("ISO date", "2026-13-45"),
        ("bad time", "25%3A99"),
        ("formula", Encode("=HYPERLINK(\"http://evil.example\",\"Xem\")")),
        ("at-formula", Encode("@SUM(1+1)")),
        ("markup", Encode("<script>alert(1)</script>")),
        ("JSON", Encode("{\"a\":[1,2]}")),
        ("spaces only", "%20%20%20"),
        ("bidi override", Encode("\u202Egnp.exe")),
    ];

    /// <summary>
    /// <paramref name="count"/> mangled versions of <paramref name="valid"/>. <paramref name="keep"/> names fields left
    /// as they are (an antiforgery token whose loss would hide the check behind it); <paramref name="mayBreakWhole"/>
    /// adds the whole-body cases (content type, cut short, too many fields, oversized).
    /// </summary>
    public static IEnumerable<(string Name, byte[] Body, string? ContentType)> Mutations(
        IReadOnlyList<(string Name, string Value)> valid, int count, Random random, IReadOnlySet<string>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(valid);
        ArgumentNullException.ThrowIfNull(random);
        var fields = valid.Select(f => (Name: Encode(f.Name), Value: Encode(f.Value))).ToList();
        var open = Enumerable.Range(0, fields.Count).Where(i => keep?.Contains(valid[i].Name) != true).ToList();
        for (var i = 0; i < count; i++)
        {
            var copy = fields.ToList();
            var at = open.Count == 0 ? -1 : open[random.Next(open.Count)];
            var field = at < 0 ? "(no field)" : valid[at].Name;
            switch (at < 0 ? 4 : random.Next(16))
            {
                case 0:
                    copy.RemoveAt(at);
                    yield return ($"{field} left out", Body(copy), UrlEncoded);
                    break;
                case 1:
                    var (name, encoded) = Values[random.Next(Values.Length)];
                    copy.Insert(at + 1, (copy[at].Name, encoded));
                    yield return ($"{field} twice, second {name}", Body(copy), UrlEncoded);
                    break;
                case 2:
                    copy[at] = (Mangle(copy[at].Name, random, out var how), copy[at].Value);
                    yield return ($"{field}'s name {how}", Body(copy), UrlEncoded);
                    break;
                case 3:
                    copy.Add((Encode("Form.Unknown[99999].Field"), Values[random.Next(Values.Length)].Encoded));
                    yield return ("an unknown field added", Body(copy), UrlEncoded);
                    break;
                case 4 or 5:
                    yield return Whole(fields, random);
                    break;
                default:
                    var value = Values[random.Next(Values.Length)];
                    copy[at] = (copy[at].Name, value.Encoded);
                    yield return ($"{field} = {value.Name}", Body(copy), UrlEncoded);
                    break;
            }
        }
    }

    /// <summary>One mangling of the whole form, whatever its fields.</summary>
    private static (string Name, byte[] Body, string? ContentType) Whole(List<(string Name, string Value)> fields, Random random)
    {
        var body = Body(fields);
        return random.Next(10) switch
        {
            0 => ("as text/plain", body, "text/plain"),
            1 => ("as JSON", body, "application/json"),
            2 => ("without a content type", body, null),
            3 => ("cut short mid-escape", [.. body, .. "&x=%C"u8], UrlEncoded),
            4 => ("cut in half", body[..(body.Length / 2)], UrlEncoded),
            5 => ("1,500 fields", Body([.. fields, .. Enumerable.Range(0, 1_500).Select(i => ($"f{i}", "x"))]), UrlEncoded),
            6 => ("a 3,000-character field name", Body([.. fields, (new string('n', 3_000), "x")]), UrlEncoded),
            7 => ("5 MB value", Body([.. fields, ("big", new string('x', 5_000_000))]), UrlEncoded),
            8 => ("as multipart with a lying boundary", body, "multipart/form-data; boundary=nowhere"),
            _ => ("as multipart without a boundary", body, "multipart/form-data"),
        };
    }

    /// <summary>
    /// <paramref name="count"/> mangled versions of a multipart/form-data post of <paramref name="valid"/> (text fields;
    /// a value that is a file is given as <c>(name, bytes, filename, content type)</c> in <paramref name="files"/>).
    /// </summary>
    public static IEnumerable<(string Name, byte[] Body, string? ContentType)> Multipart(
        IReadOnlyList<(string Name, string Value)> valid, IReadOnlyList<(string Name, byte[] Content, string FileName, string ContentType)> files, int count, Random random,
        IReadOnlySet<string>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(valid);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(random);
        const string boundary = Boundary;
        const string contentType = MultipartType;
        var parts = Parts(valid, files);
        var names = valid.Select(f => f.Name).Concat(files.Select(f => f.Name)).ToList();
        var open = Enumerable.Range(0, parts.Count).Where(i => keep?.Contains(names[i]) != true).ToList();
        byte[] Join(IEnumerable<byte[]> chosen) => [.. chosen.SelectMany(p => p), .. Encoding.ASCII.GetBytes($"--{boundary}--\r\n")];
        for (var i = 0; i < count; i++)
        {
            var copy = parts.ToList();
            var at = open.Count == 0 ? 0 : open[random.Next(open.Count)];
            var value = Values[random.Next(Values.Length)];
            yield return random.Next(14) switch
            {
                0 => ($"{names[at]} left out", Join(copy.Where((_, j) => j != at)), contentType),
                1 => ($"{names[at]} twice", Join(copy.Append(copy[at])), contentType),
                2 => ("no final boundary", [.. copy.SelectMany(p => p)], contentType),
                3 => ("cut in half", Join(copy)[..(Join(copy).Length / 2)], contentType),
                4 => ("a lying boundary", Join(copy), "multipart/form-data; boundary=elsewhere"),
                5 => ("no boundary", Join(copy), "multipart/form-data"),
                6 => ("as URL-encoded", Join(copy), UrlEncoded),
                7 => ("a part without headers", Join(copy.Append(Encoding.ASCII.GetBytes($"--{boundary}\r\n\r\nstray\r\n"))), contentType),
                8 => ($"{names[at]} as a file", Join(copy.Select((p, j) => j == at ? Part(boundary, names[at], [0xFF, 0x00, 0xFE], "x.bin", "application/octet-stream") : p)), contentType),
                9 => ("a part with a 20,000-character header", Join(copy.Append(Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"{new string('h', 20_000)}\"\r\n\r\nx\r\n"))), contentType),
                10 => ("200 extra parts", Join(copy.Concat(Enumerable.Range(0, 200).Select(j => Part(boundary, $"extra{j}", "x"u8.ToArray())))), contentType),
                _ => ($"{names[at]} = {value.Name}", Join(copy.Select((p, j) => j == at ? Part(boundary, names[at], Decode(value.Encoded)) : p)), contentType),
            };
        }
    }

    /// <summary>The well-formed multipart/form-data post of <paramref name="valid"/> and <paramref name="files"/> (<see cref="MultipartType"/>).</summary>
    public static byte[] MultipartBody(IReadOnlyList<(string Name, string Value)> valid, IReadOnlyList<(string Name, byte[] Content, string FileName, string ContentType)> files) =>
        [.. Parts(valid, files).SelectMany(p => p), .. Encoding.ASCII.GetBytes($"--{Boundary}--\r\n")];

    /// <summary>The fields percent-encoded and joined with '&amp;' (encoded already).</summary>
    public static byte[] Body(IEnumerable<(string Name, string Value)> encoded) =>
        Encoding.UTF8.GetBytes(string.Join('&', encoded.Select(f => $"{f.Name}={f.Value}")));

    /// <summary>A text percent-encoded as a browser sends it (UTF-8).</summary>
    public static string Encode(string text) => Uri.EscapeDataString(text);

    private static string Mangle(string name, Random random, out string how)
    {
        var variants = new (string How, string Name)[]
        {
            ("with a NUL", name + "%00"),
            ("with an index of 99,999", name.Replace("%5B0%5D", "%5B99999%5D", StringComparison.Ordinal) + "%5B99999%5D"),
            ("with a negative index", name + "%5B-1%5D"),
            ("with a word for an index", name + "%5Babc%5D"),
            ("in other case", name.ToUpperInvariant()),
            ("emptied", string.Empty),
            ("as invalid UTF-8", name + "%FF"),
        };
        var (variant, mangled) = variants[random.Next(variants.Length)];
        how = variant;
        return mangled;
    }

    private static List<byte[]> Parts(IReadOnlyList<(string Name, string Value)> valid, IReadOnlyList<(string Name, byte[] Content, string FileName, string ContentType)> files) =>
        valid.Select(f => Part(Boundary, f.Name, Encoding.UTF8.GetBytes(f.Value)))
            .Concat(files.Select(f => Part(Boundary, f.Name, f.Content, f.FileName, f.ContentType))).ToList();

    private static byte[] Part(string boundary, string name, byte[] content, string? fileName = null, string? contentType = null)
    {
        var head = $"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"{(fileName is null ? string.Empty : $"; filename=\"{fileName}\"")}\r\n" +
            (contentType is null ? string.Empty : $"Content-Type: {contentType}\r\n") + "\r\n";
        return [.. Encoding.UTF8.GetBytes(head), .. content, .. "\r\n"u8];
    }

    // A percent-encoded value's bytes as they would sit in a multipart part (bad escapes kept as they are).
    private static byte[] Decode(string encoded)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length && Uri.IsHexDigit(encoded[i + 1]) && Uri.IsHexDigit(encoded[i + 2]))
            {
                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(encoded[i].ToString()));
            }
        }

        return [.. bytes];
    }
}
