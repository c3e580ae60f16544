using System.Diagnostics;
using HdndWorkflow.Functions.Conferences.Workflow;
using HdndWorkflow.Functions.Telemetry;

namespace HdndWorkflow.Functions.Tests.Telemetry;

/// <summary>The spans the app exports for a conference taken through the API, read from the in-memory exporter.</summary>
[Collection(TelemetryAppCollection.Name)]
public sealed class TracingTests(TelemetryAppFixture app)
{
    [Fact]
    public async Task Starting_a_conference_yields_one_trace_from_the_request_through_the_orchestration_and_an_activity_to_storage()
    {
        var journey = await app.Journey;
        var conference = journey.Conference.ToString();
        var spans = app.Spans.Snapshot();

        var start = spans.Single(s => s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore"
            && s.GetTagItem("url.path") as string == $"/api/conferences/{conference}/start");
        start.GetTagItem(TelemetryTags.ConferenceId).Should().Be(conference);
        var trace = spans.Where(s => s.TraceId == start.TraceId).ToDictionary(s => s.SpanId);

        var create = trace.Values.Single(s => s.DisplayName == $"create_orchestration:{nameof(ConferenceOrchestrator)}");
        create.ParentSpanId.Should().Be(start.SpanId, "the worker's create_orchestration span continues the request that started it");
        var orchestration = trace.Values.Single(s => s.DisplayName == $"orchestration:{nameof(ConferenceOrchestrator)}");
        orchestration.ParentSpanId.Should().Be(create.SpanId);
        orchestration.GetTagItem(TelemetryTags.ConferenceId).Should().Be(conference);
        orchestration.GetTagItem(TelemetryTags.InstanceId).Should().Be(conference);

        var activities = trace.Values.Where(s => s.Source.Name == WorkflowSpanTagger.DurableTaskSource && s.Kind == ActivityKind.Server
            && s.DisplayName.StartsWith("activity:", StringComparison.Ordinal)).ToList();
        activities.Select(a => a.DisplayName).Should().Contain([$"activity:{nameof(LoadConferencePlan)}", $"activity:{nameof(SendConferenceMail)}"]);
        activities.Should().OnlyContain(a => (string?)a.GetTagItem(TelemetryTags.ConferenceId) == conference);

        // A storage call made by an activity, whose ancestors lead through the activity and the orchestration to the request.
        var storage = trace.Values.Where(s => s.Source.Name.StartsWith("Azure.", StringComparison.Ordinal) && s.Kind == ActivityKind.Client)
            .Select(s => (Span: s, Ancestors: Ancestors(s, trace)))
            .Where(s => s.Ancestors.Any(a => activities.Contains(a)))
            .ToList();
        storage.Should().NotBeEmpty("the activities read and write the conference in Table storage");
        var table = storage.First(s => s.Span.GetTagItem("az.namespace") as string == "Microsoft.Tables");
        table.Ancestors.Should().Contain(orchestration).And.Contain(create).And.Contain(start);
    }

    [Fact]
    public async Task No_span_carries_an_e_mail_address_or_a_personal_link_token()
    {
        var journey = await app.Journey;
        var spans = app.Spans.Snapshot();

        var texts = spans.Select(Text).ToList();
        foreach (var secret in journey.Emails.Concat(journey.Tokens))
        {
            texts.Should().NotContain(t => t.Contains(secret, StringComparison.OrdinalIgnoreCase), $"no span may carry {secret}");
        }

        // The requests for the personal links were traced, with the token replaced.
        spans.Should().Contain(s => s.GetTagItem("url.path") as string == "/xac-nhan/{token}");
        spans.Should().Contain(s => s.GetTagItem("url.path") as string == "/api/invitations/{token}/answer");
        spans.Should().Contain(s => s.GetTagItem("url.path") as string == "/dang-nhap/{token}");
    }

    [Theory]
    [InlineData("/xac-nhan/abc-DEF_123", "/xac-nhan/{token}")]
    [InlineData("https://app.example.vn/dang-nhap/abc.def?x=1", "https://app.example.vn/dang-nhap/{token}?x=1")]
    [InlineData("POST /api/invitations/abcdef/answer", "POST /api/invitations/{token}/answer")]
    [InlineData("GET xac-nhan/{token}", "GET xac-nhan/{token}")]
    [InlineData("/xac-nhan/{token}", "/xac-nhan/{token}")]
    [InlineData("to=Nguyen.Van-A+x@hdnd.example.vn&limit=1", "to={email}&limit=1")]
    [InlineData("/api/conferences/6f1c2a9e-0000-4000-8000-000000000001/start", "/api/conferences/6f1c2a9e-0000-4000-8000-000000000001/start")]
    public void The_scrubber_replaces_link_tokens_and_addresses_and_leaves_the_rest(string text, string expected)
    {
        PersonalDataScrubber.Scrub(text).Should().Be(expected);
    }

    private static List<Activity> Ancestors(Activity span, IReadOnlyDictionary<ActivitySpanId, Activity> trace)
    {
        var ancestors = new List<Activity>();
        for (var parent = span.ParentSpanId; trace.TryGetValue(parent, out var next); parent = next.ParentSpanId)
        {
            ancestors.Add(next);
        }

        return ancestors;
    }

    // Everything a span exports as text: name, attributes, status, events and their attributes, links' attributes.
    private static string Text(Activity span) => string.Join(
        "\n",
        new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? string.Empty }
            .Concat(span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}").Prepend(e.Name)))
            .Concat(span.Links.SelectMany(l => l.Tags?.Select(t => $"{t.Key}={t.Value}") ?? [])));
}
