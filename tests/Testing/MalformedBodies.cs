using System.Text;
using System.Text.Json.Nodes;

namespace HdndWorkflow.Testing;

/// <summary>
/// Request bodies a careless or hostile client sends: text that is not JSON or not the expected shape, and mutations of
/// a valid body where one value (anywhere in it, picked at random) is replaced by a null, a value of the wrong type, a
/// huge string or list, control characters, a lone surrogate or a spreadsheet formula; CSV files likewise. Seeded, so a
/// failure repeats. Shared by the input tests (tests/Functions.Tests/Input) and the resilience suite's bad-input part.
/// </summary>
public static class MalformedBodies
{
    private const string Marker = "__MALFORMED__";

    /// <summary>Bodies no endpoint can read, whatever it expects, and JSON of the wrong kind for an object or list.</summary>
    public static IReadOnlyList<(string Name, byte[] Body)> Unreadable { get; } =
    [
        ("empty", []),
        ("whitespace", Utf8("  \n ")),
        ("truncated object", Utf8("{\"a\":")),
        ("not JSON", Utf8("not json")),
        ("single quotes", Utf8("{'a': 1}")),
        ("trailing comma", Utf8("{\"a\": 1,}")),
        ("NUL", [0]),
        ("nested 1,000 deep", Utf8(new string('[', 1000) + new string(']', 1000))),
        ("2 MB string", Utf8($"\"{new string('x', 2_000_000)}\"")),
        ("invalid UTF-8", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]),
        ("null", Utf8("null")),
        ("number", Utf8("42")),
        ("string", Utf8("\"x\"")),
        ("true", Utf8("true")),
    ];

    /// <summary>What replaces one value of a valid body, as raw JSON.</summary>
    private static readonly (string Name, string Json)[] Replacements =
    [
        ("null", "null"),
        ("zero", "0"),
        ("negative", "-1"),
        ("beyond int", "2147483648"),
        ("beyond double", "1e400"),
        ("fraction", "1.5"),
        ("true", "true"),
        ("empty string", "\"\""),
        ("short string", "\"x\""),
        ("object", "{}"),
        ("empty list", "[]"),
        ("list of null", "[null]"),
        ("nested list", "[[]]"),
        ("list of numbers", "[1, 2]"),
        ("100,000 characters", $"\"{new string('ệ', 100_000)}\""),
        ("1 MB of characters", $"\"{new string('a', 1_000_000)}\""),
        ("3,000 items", $"[{string.Join(',', Enumerable.Repeat("\"x\"", 3_000))}]"),
        ("NUL inside", "\"Nguyễn\\u0000Văn\""),
        ("escape inside", "\"Nguyễn\\u001bVăn\""),
        ("line break inside", "\"Nguyễn\\nVăn\""),
        ("lone surrogate", "\"Nguyễn\\ud800\""),
        ("formula", "\"=HYPERLINK(\\\"http://evil.example\\\",\\\"Xem\\\")\""),
        ("at-formula", "\"@SUM(1+1)\""),
        ("minus-formula", "\"-2+3\""),
        ("bad date", "\"2026-13-45\""),
        ("bad time", "\"25:99\""),
        ("last date", "\"9999-12-31\""),
        ("last date and time", "\"9999-12-31T23:59\""),
    ];

    /// <summary>
    /// <paramref name="count"/> mutations of <paramref name="valid"/>, each replacing one value (an object's property or
    /// a list's item, at any depth) or removing a property.
    /// </summary>
    public static IEnumerable<(string Name, byte[] Body)> Mutations(JsonNode valid, int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var paths = Paths(valid, []).ToList();
        for (var i = 0; i < count; i++)
        {
            var path = paths[random.Next(paths.Count)];
            var copy = valid.DeepClone();
            if (random.Next(12) == 0 && path[^1] is string property && Parent(copy, path) is JsonObject parent)
            {
                parent.Remove(property);
                yield return ($"{Describe(path)} removed", Utf8(copy.ToJsonString()));
                continue;
            }

            var (name, json) = Replacements[random.Next(Replacements.Length)];
            Set(copy, path, JsonValue.Create(Marker));
            yield return ($"{Describe(path)} = {name}", Utf8(copy.ToJsonString().Replace($"\"{Marker}\"", json, StringComparison.Ordinal)));
        }
    }

    // Every value's path: property names and list indexes from the root.
    private static IEnumerable<object[]> Paths(JsonNode node, object[] at)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    object[] path = [.. at, key];
                    yield return path;
                    if (child is not null)
                    {
                        foreach (var inner in Paths(child, path))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    object[] path = [.. at, i];
                    yield return path;
                    if (a[i] is { } child)
                    {
                        foreach (var inner in Paths(child, path))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    private static JsonNode? Parent(JsonNode root, object[] path) =>
        path[..^1].Aggregate<object, JsonNode?>(root, (node, step) => step is string key ? node![key] : node![(int)step]);

    private static void Set(JsonNode root, object[] path, JsonNode value)
    {
        switch (Parent(root, path), path[^1])
        {
            case (JsonObject o, string key):
                o[key] = value;
                break;
            case (JsonArray a, int index):
                a[index] = value;
                break;
        }
    }

    /// <summary>Invitee lists in CSV a careless or hostile client uploads: fixed cases, then generated ones.</summary>
    public static IEnumerable<(string Name, byte[] Body)> Csv(int generated, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        const string header = "Họ và tên,Chức vụ,Đơn vị,Email\n";
        (string Name, byte[] Body)[] fixedCases =
        [
            ("empty", []),
            ("binary", [0xFF, 0xFE, 0x00, 0x01, 0x02, 0x9C, 0x00]),
            ("header only", Utf8(header)),
            ("formula name", Utf8(header + "=HYPERLINK(\"http://evil.example\",\"Xem\"),Giám đốc,Sở Tư pháp,a@x.vn\n")),
            ("plus formula", Utf8(header + "Nguyễn Văn A,+1+1,Sở Tư pháp,a@x.vn\n")),
            ("at formula", Utf8(header + "Nguyễn Văn A,Giám đốc,@SUM(1),a@x.vn\n")),
            ("minus formula", Utf8(header + "-2+3,Giám đốc,Sở Tư pháp,a@x.vn\n")),
            ("formula e-mail", Utf8(header + "Nguyễn Văn A,Giám đốc,Sở Tư pháp,=1+1@x.vn\n")),
            ("NUL in a name", Utf8(header + "Nguyễn\0Văn A,Giám đốc,Sở Tư pháp,a@x.vn\n")),
            ("tab in a name", Utf8(header + "\"Nguyễn\tVăn A\",Giám đốc,Sở Tư pháp,a@x.vn\n")),
            ("line break in a quoted name", Utf8(header + "\"Nguyễn\r\nVăn A\",Giám đốc,Sở Tư pháp,a@x.vn\n")),
            ("100,000-character name", Utf8(header + new string('ệ', 100_000) + ",Giám đốc,Sở Tư pháp,a@x.vn\n")),
            ("unterminated quote", Utf8(header + "\"Nguyễn Văn A,Giám đốc,Sở Tư pháp,a@x.vn\n")),
            ("too many fields", Utf8(header + "A,B,C,a@x.vn,E,F\n")),
        ];
        foreach (var c in fixedCases)
        {
            yield return c;
        }

        string[] cells = ["", "\0", "\u0001", "\u001b", "\"", "\"\"\"", "=1+1", "@x", "+1", "-1", new string('ệ', 5_000), "a@", "@x.vn", "x\ud800y", "Nguyễn;Văn", "\r", "\uFEFF"];
        for (var i = 0; i < generated; i++)
        {
            var row = new[] { "Nguyễn Văn Mời", "Chủ tịch HĐND xã", "Xã Mẫu", $"csv-{i}@example.vn" };
            var column = random.Next(row.Length);
            row[column] = cells[random.Next(cells.Length)];
            var text = (random.Next(4) == 0 ? string.Empty : header) + string.Join(random.Next(6) == 0 ? ";" : ",", row) + "\n";
            var bytes = Utf8(text);
            var name = $"row {i}: column {column} = cell {Array.IndexOf(cells, row[column])}";
            yield return random.Next(8) switch
            {
                0 => ($"{name}, cut short", bytes[..(bytes.Length / 2)]),
                1 => ($"{name}, invalid UTF-8", [.. bytes, 0xC3, 0x28, 0xFF]),
                _ => (name, bytes),
            };
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Describe(object[] path) =>
        string.Concat(path.Select(step => step is int i ? $"[{i}]" : $".{step}"));
}
