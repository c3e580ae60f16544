using System.Diagnostics;

namespace HdndWorkflow.Functions.Telemetry;

/// <summary>
/// Tags each request's span with the conference it is about (the route's <c>{id}</c> on <c>/api/conferences/…</c> and
/// the organizer's pages <c>/hoi-nghi/…</c>) and the orchestration instance (any route's <c>{instanceId}</c>). Added
/// as a startup filter, first in the pipeline, and read after the request ran, when routing has chosen the endpoint;
/// any instrumentation's request span (the app's own or Azure Monitor's) is <see cref="Activity.Current"/> there.
/// </summary>
internal sealed class HttpSpanTagging : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            var span = Activity.Current;
            await following(context);
            if (span is not null)
            {
                Tag(span, context);
            }
        });
        next(app);
    };

    private static void Tag(Activity span, HttpContext context)
    {
        var path = context.Request.Path;
        if ((path.StartsWithSegments("/api/conferences", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/hoi-nghi", StringComparison.OrdinalIgnoreCase))
            && Guid.TryParse(context.GetRouteValue("id") as string, out var conference))
        {
            span.SetTag(TelemetryTags.ConferenceId, conference.ToString());
        }

        if (context.GetRouteValue("instanceId") is string instance)
        {
            span.SetTag(TelemetryTags.InstanceId, instance);
            if (TelemetryTags.ConferenceOf(instance) is { } id)
            {
                span.SetTag(TelemetryTags.ConferenceId, id.ToString());
            }
        }
    }
}
