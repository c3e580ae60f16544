using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HdndWorkflow.Functions.Tests.Input;

namespace HdndWorkflow.Functions.Tests.OpenApi;

/// <summary>
/// What a new integrator reads in <c>/openapi/v1.json</c> (issue #12, item 4): required fields, formats, integers typed
/// integer, the security schemes, and request examples that the API itself accepts, as docs/conferences.md shows them.
/// </summary>
[Collection(InputAppCollection.Name)]
public sealed partial class OpenApiDocumentTests(InputAppFixture app)
{
    [Fact]
    public async Task Every_operation_has_a_description_and_a_success_answer()
    {
        var operations = (await DocumentAsync())["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(o => o.Key != "parameters").Select(o => (Name: $"{o.Key.ToUpperInvariant()} {path.Key}", Operation: o.Value!)))
            .ToList();

        operations.Should().HaveCountGreaterThan(40);
        operations.Should().AllSatisfy(o =>
        {
            o.Operation["description"]?.GetValue<string>().Should().NotBeNullOrWhiteSpace(o.Name);
            o.Operation["responses"]!.AsObject().Select(r => r.Key).Should().Contain(code => code.StartsWith('2'), o.Name);
        });
        operations.Where(o => o.Operation["requestBody"]?["content"]?["application/json"] is not null).Should().AllSatisfy(o =>
            o.Operation["requestBody"]!["content"]!["application/json"]!["example"].Should().NotBeNull(o.Name));
    }

    [Fact]
    public async Task The_conference_input_publishes_its_required_fields_and_formats()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;
        var input = schemas["ConferenceInput"]!;
        var properties = input["properties"]!;

        Strings(input["required"]).Should().BeEquivalentTo("kind", "ordinal", "date", "start", "end", "coChairs", "registrationDeadline");
        Type(properties["kind"]).Should().Equal("string");
        Type(properties["councilId"]).Should().BeEquivalentTo("string", "null");
        properties["date"]!["format"]!.GetValue<string>().Should().Be("date");
        Regex.IsMatch("08:00", properties["start"]!["pattern"]!.GetValue<string>()).Should().BeTrue();
        Regex.IsMatch("8:00", properties["start"]!["pattern"]!.GetValue<string>()).Should().BeFalse();
        Regex.IsMatch("2027-07-05T17:00", properties["registrationDeadline"]!["pattern"]!.GetValue<string>()).Should().BeTrue();
        properties["ordinal"]!["minimum"]!.GetValue<int>().Should().Be(1);
        properties["coChairs"]!["minItems"]!.GetValue<int>().Should().Be(1);
        Strings(schemas["InviteeInput"]!["required"]).Should().BeEquivalentTo("name", "email");
        schemas["InviteeInput"]!["properties"]!["email"]!["format"]!.GetValue<string>().Should().Be("email");
        Strings(schemas["AnswerInput"]!["properties"]!["response"]!["enum"]).Should().Equal("accept", "decline", "deputy");
        schemas["ConferenceResponse"]!["properties"]!["id"]!["format"]!.GetValue<string>().Should().Be("uuid");
    }

    [Fact]
    public async Task The_conclusion_inputs_publish_their_required_fields_bounds_and_enums()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;
        var outcome = schemas["OutcomeInput"]!["properties"]!;

        // Exactly what the validation requires: a field missing here, or one listed that may be left out, fails.
        Strings(schemas["OutcomeInput"]!["required"]).Should().BeEquivalentTo("assessment", "presidingChair", "conclusions", "authors");
        Strings(schemas["FigureStatementInput"]!["required"]).Should().BeEquivalentTo("figures");
        Strings(schemas["FigureInput"]!["required"]).Should().BeEquivalentTo("number", "label");
        Strings(schemas["DiscussionInput"]!["required"]).Should().BeEmpty();
        Strings(schemas["FieldVisitInput"]!["required"]).Should().BeEquivalentTo("place");
        Strings(schemas["PresidingChairInput"]!["required"]).Should().BeEquivalentTo("name");
        Strings(schemas["NoticeSectionBody"]!["required"]).Should().BeEmpty();
        Strings(schemas["WithdrawalInput"]!["required"]).Should().BeEquivalentTo("reason");
        foreach (var name in new[] { "assessment", "conclusions", "authors" })
        {
            outcome[name]!["minItems"]!.GetValue<int>().Should().Be(1, name);
            Type(outcome[name]).Should().Equal(["array"], name);
        }

        outcome["figures"]!["maxItems"]!.GetValue<int>().Should().Be(20);
        schemas["FigureStatementInput"]!["properties"]!["figures"]!["minItems"]!.GetValue<int>().Should().Be(1);
        schemas["FigureInput"]!["properties"]!["number"]!["minimum"]!.GetValue<int>().Should().Be(0);
        Type(schemas["FigureInput"]!["properties"]!["label"]).Should().Equal("string");
        Type(schemas["FieldVisitInput"]!["properties"]!["place"]).Should().Equal("string");
        Type(schemas["WithdrawalInput"]!["properties"]!["reason"]).Should().Equal("string");
        schemas["DraftInput"]!["properties"]!["baseRevision"]!["minimum"]!.GetValue<int>().Should().Be(1);
        schemas["ReviewInput"]!["properties"]!["revision"]!["minimum"]!.GetValue<int>().Should().Be(1);
        schemas["ReviewInput"]!["properties"]!["comment"]!["description"]!.GetValue<string>().Should().Contain("đề nghị chỉnh sửa");
        schemas["PresidingChairInput"]!["description"]!.GetValue<string>().Should().Contain("ít nhất một chức danh");

        Strings(schemas["ConclusionResponse"]!["properties"]!["status"]!["enum"]).Should().Equal("Drafting", "InReview", "ChangesRequested", "Approved", "Published", "Withdrawn");
        Strings(schemas["RequestResponse"]!["properties"]!["kind"]!["enum"]).Should().Equal("Draft", "Correction", "Withdrawal");
        Strings(schemas["DecisionResponse"]!["properties"]!["kind"]!["enum"]).Should().Equal("Draft", "Correction", "Withdrawal");
        Strings(schemas["DraftResponse"]!["properties"]!["kind"]!["enum"]).Should().Equal("Drafted", "Edited", "Redrafted", "Correction");
    }

    [Fact]
    public async Task No_required_field_of_a_request_body_accepts_null()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        var referenced = new Queue<JsonNode>(document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject())
            .Select(operation => operation.Value?["requestBody"]?["content"])
            .OfType<JsonNode>());
        while (referenced.TryDequeue(out var node))
        {
            foreach (var name in References(node).Where(inputs.Add))
            {
                referenced.Enqueue(schemas[name]!);
            }
        }

        var nullable = schemas
            .Where(s => inputs.Contains(s.Key))
            .SelectMany(s => Strings(s.Value?["required"]).Select(name => (Schema: s.Key, Name: name, Property: s.Value!["properties"]?[name!])))
            .Where(p => Type(p.Property).Contains("null") || (p.Property?["oneOf"]?.AsArray() ?? []).Any(o => Type(o).Contains("null")))
            .Select(p => $"{p.Schema}.{p.Name}: {p.Property?.ToJsonString()}")
            .ToList();

        inputs.Should().Contain(["ConferenceInput", "OutcomeInput", "PresidingChairInput", "AddressInput", "EventBody"]);
        nullable.Should().BeEmpty("the validation refuses null in a required field, as it refuses leaving it out");
        schemas["OutcomeInput"]!["properties"]!["presidingChair"]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/PresidingChairInput");
    }

    // The schemas a part of the document names ("#/components/schemas/X"), however deep.
    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" && p.Value?.GetValue<string>() is { } target
            ? [target[(target.LastIndexOf('/') + 1)..]]
            : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };

    [Fact]
    public async Task Integers_are_typed_integer_and_never_string()
    {
        var integers = Schemas(await DocumentAsync()).Where(s => Type(s).Contains("integer")).ToList();

        integers.Should().NotBeEmpty();
        integers.Should().AllSatisfy(s => Type(s).Should().NotContain("string", s.ToJsonString()));
    }

    [Fact]
    public async Task A_number_sent_as_a_string_is_an_unreadable_body()
    {
        var body = JsonSerializer.SerializeToNode(InputSamples.Conference(app, "number-as-string"), InputSamples.Json)!.AsObject();
        body["ordinal"] = "3";

        var problem = await RequestValidationTests.ProblemAsync(await app.Organizer.PostAsJsonAsync("/api/conferences", body), HttpStatusCode.BadRequest);

        problem.GetProperty("detail").GetString().Should().Contain("$.ordinal");
    }

    [Fact]
    public async Task The_example_of_a_new_conference_is_accepted_as_the_document_shows_it()
    {
        var example = ExampleOf(await DocumentAsync(), "/api/conferences", "post");

        using var content = new StringContent(example.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        var response = await app.Organizer.PostAsync("/api/conferences", content);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        example["kind"]!.GetValue<string>().Should().Be("giao ban");
        example["invitees"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task The_docs_show_the_same_example_of_a_new_conference()
    {
        var example = ExampleOf(await DocumentAsync(), "/api/conferences", "post");
        var docs = await File.ReadAllTextAsync(Repository.PathOf("docs", "conferences.md"));

        var block = CreateExample().Match(docs);

        block.Success.Should().BeTrue("docs/conferences.md shows the body of POST /api/conferences in a fenced json block after its heading");
        JsonNode.DeepEquals(JsonNode.Parse(block.Groups["json"].Value), example).Should().BeTrue(
            "the docs' example should be the OpenAPI one:\n" + example.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task The_api_key_and_the_cookie_are_declared_and_applied_where_they_work()
    {
        var document = await DocumentAsync();
        var schemes = document["components"]!["securitySchemes"]!;

        schemes["ApiKey"]!["in"]!.GetValue<string>().Should().Be("header");
        schemes["ApiKey"]!["name"]!.GetValue<string>().Should().Be("X-Api-Key");
        schemes["Cookie"]!["in"]!.GetValue<string>().Should().Be("cookie");
        SchemesOf(document, "/api/conferences", "post").Should().Equal("ApiKey");
        SchemesOf(document, "/api/conferences", "get").Should().Equal("ApiKey", "Cookie");
        SchemesOf(document, "/api/portal/articles", "get").Should().BeEmpty();
        SchemesOf(document, "/api/invitations/{token}/answer", "post").Should().BeEmpty();
    }

    private async Task<JsonNode> DocumentAsync() => (await app.Anonymous.GetFromJsonAsync<JsonNode>("/openapi/v1.json"))!;

    internal static JsonNode ExampleOf(JsonNode document, string path, string method) =>
        document["paths"]![path]![method]!["requestBody"]!["content"]!["application/json"]!["example"]!;

    private static List<string> SchemesOf(JsonNode document, string path, string method) =>
        [.. (document["paths"]![path]![method]!["security"]?.AsArray() ?? []).SelectMany(r => r!.AsObject().Select(p => p.Key))];

    private static List<string?> Strings(JsonNode? node) => [.. (node?.AsArray() ?? []).Select(v => v?.GetValue<string>())];

    private static List<string?> Type(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray types => Strings(types),
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };

    // Every schema object in the document, however deep.
    private static IEnumerable<JsonNode> Schemas(JsonNode? node) => node switch
    {
        JsonObject o => (o.ContainsKey("type") ? [o] : Enumerable.Empty<JsonNode>()).Concat(o.SelectMany(p => Schemas(p.Value))),
        JsonArray a => a.SelectMany(Schemas),
        _ => [],
    };

    [GeneratedRegex("### Creating a conference.*?```json\\n(?<json>.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex CreateExample();
}
