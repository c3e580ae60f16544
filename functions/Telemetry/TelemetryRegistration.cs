using System.Diagnostics;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using HdndWorkflow.Email;
using HdndWorkflow.TaskHub.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HdndWorkflow.Functions.Telemetry;

/// <summary>
/// OpenTelemetry for the app: traces from HTTP requests through the engine's orchestrations and activities to Table,
/// Queue and Blob storage and SendGrid; the app's metrics (<see cref="AppMetrics"/>, the task hub's queue depth) with
/// ASP.NET Core's and HttpClient's; logs. Exported by OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, to Azure
/// Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (both may be), nowhere otherwise. Personal links'
/// tokens and e-mail addresses are scrubbed from every span before any exporter sees it. See docs/telemetry.md.
/// </summary>
public static class TelemetryRegistration
{
    /// <summary>The service name when <c>OTEL_SERVICE_NAME</c> does not give one.</summary>
    public const string ServiceName = "HdndWorkflow";

    /// <summary>The Azure SDK's ActivitySources (Azure.Data.Tables.TableClient, Azure.Storage.Queues.QueueClient, Azure.Core.Http, …).</summary>
    public const string AzureSdkSources = "Azure.*";

    /// <summary>Microsoft.DurableTask's ActivitySource; its gRPC client and worker use it (kept should the app move to them).</summary>
    public const string DurableTaskSdkSource = "Microsoft.DurableTask";

    /// <summary>
    /// The Azure SDK emits ActivitySource spans only with this switch on (or AZURE_EXPERIMENTAL_ENABLE_ACTIVITY_SOURCE);
    /// without it, it writes DiagnosticSource events no OpenTelemetry instrumentation reads.
    /// </summary>
    public const string AzureSdkActivitySwitch = "Azure.Experimental.EnableActivitySource";

    /// <summary>The settings the exporters read.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Registers telemetry. Comes after AddEmail (it counts what the registered <see cref="IEmailSender"/> sends) and
    /// after the storage clients (the queue depth gauge reads Queue storage).
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AppMetrics>();
        services.AddSingleton<TaskHubMiddleware, WorkflowMetricsMiddleware>();
        services.AddSingleton<QueueDepthGauge>();
        services.AddHostedService(sp => sp.GetRequiredService<QueueDepthGauge>());
        services.AddTransient<IStartupFilter, HttpSpanTagging>();
        MeterEmail(services);

        var azureMonitor = configuration[AzureMonitorSetting] is { Length: > 0 } connectionString ? connectionString : null;
        var otlp = configuration[OtlpEndpointSetting] is { Length: > 0 };
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : ServiceName));

        // Spans cost CPU on every request and every storage call (a quarter of the app's CPU per answer in the conference
        // benchmark); with no exporter nothing reads them, so they are made only when one is configured or asked for.
        if (configuration.GetValue<bool?>($"{TelemetryOptions.Section}:{nameof(TelemetryOptions.Traces)}") ?? (azureMonitor is not null || otlp))
        {
            AppContext.SetSwitch(AzureSdkActivitySwitch, true);
            telemetry.WithTracing(tracing =>
            {
                // The scrubber first: processors see a span in the order added, exporters (added after) last.
                tracing.AddProcessor(new PersonalDataScrubber())
                    .AddProcessor(new WorkflowSpanTagger())
                    .AddProcessor(new RecordedSpans())
                    .AddSource(WorkflowSpanTagger.DurableTaskSource, DurableTaskSdkSource, AzureSdkSources);
                if (azureMonitor is null)
                {
                    // Azure Monitor's distro brings these two itself.
                    tracing.AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                        .AddHttpClientInstrumentation(o => o.FilterHttpRequestMessage = _ => !IsAzureSdkRequest());
                }
            });
        }

        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(AppMetrics.MeterName);
            if (azureMonitor is null)
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            }
        })
        .WithLogging();
        if (azureMonitor is not null)
        {
            telemetry.UseAzureMonitor(options => options.ConnectionString = azureMonitor);
        }

        if (otlp)
        {
            // Reads OTEL_EXPORTER_OTLP_ENDPOINT (and _HEADERS, _PROTOCOL) itself, for traces, metrics and logs.
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    // The Azure SDK makes its own span for each HTTP call ("Azure.Core.Http"); HttpClient's for the same call adds
    // nothing (Azure Monitor's distro filters it the same way).
    private static bool IsAzureSdkRequest() => Activity.Current?.Parent?.Source.Name == "Azure.Core.Http";

    // The registered sender, wrapped: whatever AddEmail chose (SendGrid, the development mailbox) is what is counted.
    private static void MeterEmail(IServiceCollection services)
    {
        var sender = services.LastOrDefault(d => d.ServiceType == typeof(IEmailSender) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("AddTelemetry must come after AddEmail: it counts the e-mails IEmailSender sends.");
        services.Remove(sender);
        services.Add(ServiceDescriptor.Describe(
            typeof(IEmailSender),
            sp => new MeteredEmailSender(Inner(sp, sender), sp.GetRequiredService<AppMetrics>()),
            sender.Lifetime));
    }

    private static IEmailSender Inner(IServiceProvider services, ServiceDescriptor sender) => (IEmailSender)(
        sender.ImplementationInstance
        ?? sender.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, sender.ImplementationType!));
}
