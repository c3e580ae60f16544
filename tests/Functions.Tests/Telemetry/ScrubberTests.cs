using System.Diagnostics;
using HdndWorkflow.Functions.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace HdndWorkflow.Functions.Tests.Telemetry;

/// <summary>
/// The scrubber in a tracer pipeline of its own, ahead of an in-memory exporter as in the app: what a span's events and
/// status say (an exception's message and stack trace) is scrubbed like its name and attributes.
/// </summary>
public sealed class ScrubberTests
{
    private const string LinkToken = "Zq3-personal_Token.42";
    private const string Address = "dai.bieu+1@hdnd.example.vn";

    [Fact]
    public void An_exception_recorded_on_a_span_reaches_the_exporter_without_link_tokens_or_addresses()
    {
        var exported = new List<Activity>();
        using var source = new ActivitySource($"scrubber-test-{Guid.NewGuid():N}");
        using (var tracing = Sdk.CreateTracerProviderBuilder().AddSource(source.Name)
            .AddProcessor(new PersonalDataScrubber()).AddInMemoryExporter(exported).Build())
        {
            using var started = source.StartActivity("GET /xac-nhan/{token}")!;
            started.AddEvent(new ActivityEvent("bắt đầu", tags: new ActivityTagsCollection { ["lần"] = 1 }));
            started.AddException(Thrown($"Không mở được /xac-nhan/{LinkToken} cho {Address}"));
            started.AddEvent(new ActivityEvent($"gửi lại /dang-nhap/{LinkToken}", tags: new ActivityTagsCollection { ["tới"] = Address, ["lần"] = 2 }));
            started.SetStatus(ActivityStatusCode.Error, $"Lỗi ở /api/invitations/{LinkToken}/answer");
        }

        var span = exported.Should().ContainSingle().Subject;
        var text = string.Join("\n", span.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}").Prepend(e.Name)).Append(span.StatusDescription));
        text.Should().NotContain(LinkToken).And.NotContain(Address);
        span.Events.Select(e => e.Name).Should().Equal("bắt đầu", "exception", "gửi lại /dang-nhap/{token}");
        var exception = span.Events.ElementAt(1).Tags.ToDictionary(t => t.Key, t => t.Value);
        exception["exception.type"].Should().Be(typeof(InvalidOperationException).FullName);
        exception["exception.message"].Should().Be("Không mở được /xac-nhan/{token} cho {email}");
        exception["exception.stacktrace"].Should().BeOfType<string>().Which.Should().Contain("/xac-nhan/{token}").And.Contain(nameof(Thrown));
        span.Events.Last().Tags.Select(t => $"{t.Key}={t.Value}").Should().Equal("tới={email}", "lần=2");
        span.Events.First().Tags.Select(t => $"{t.Key}={t.Value}").Should().Equal("lần=1");
        span.Events.Select(e => e.Timestamp).Should().BeInAscendingOrder("the events keep their times and their order");
        span.Status.Should().Be(ActivityStatusCode.Error);
        span.StatusDescription.Should().Be("Lỗi ở /api/invitations/{token}/answer");
    }

    [Fact]
    public void A_span_whose_events_say_nothing_personal_keeps_them_as_they_were()
    {
        var exported = new List<Activity>();
        using var source = new ActivitySource($"scrubber-test-{Guid.NewGuid():N}");
        ActivityEvent recorded;
        using (var tracing = Sdk.CreateTracerProviderBuilder().AddSource(source.Name)
            .AddProcessor(new PersonalDataScrubber()).AddInMemoryExporter(exported).Build())
        {
            using var started = source.StartActivity("activity:SendConferenceMail")!;
            started.AddException(Thrown("Hộp thư tạm thời không nhận"));
            recorded = started.Events.Single();
        }

        var kept = exported.Should().ContainSingle().Subject.Events.Single();
        kept.Name.Should().Be(recorded.Name);
        kept.Timestamp.Should().Be(recorded.Timestamp);
        kept.Tags.Select(t => $"{t.Key}={t.Value}").Should().Equal(recorded.Tags.Select(t => $"{t.Key}={t.Value}"));
    }

    // An exception with a stack trace, as one caught and recorded is.
    private static InvalidOperationException Thrown(string message)
    {
        try
        {
            throw new InvalidOperationException(message);
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }
}
