using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace HdndWorkflow.Functions.Tests.Telemetry;

/// <summary>With no exporter configured, no span is made: nothing would read it, and each costs CPU.</summary>
[Collection(AppCollection.Name)]
public sealed class UnexportedTracesTests(AppFixture app)
{
    [Fact]
    public void Without_an_exporter_the_app_has_no_tracer()
    {
        app.Factory.Services.GetService<TracerProvider>().Should().BeNull();
    }
}

/// <summary>The telemetry tests' app, which asks for spans, has its tracer.</summary>
[Collection(TelemetryAppCollection.Name)]
public sealed class RequestedTracesTests(TelemetryAppFixture app)
{
    [Fact]
    public void Asked_for_traces_the_app_has_its_tracer()
    {
        app.Factory.Services.GetService<TracerProvider>().Should().NotBeNull();
    }
}
