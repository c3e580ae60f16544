using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Functions.Tests;

[Collection(AppCollection.Name)]
public sealed class HealthTests(AppFixture app)
{
    [Fact]
    public async Task Health_with_reachable_storage_is_200_and_both_checks_healthy()
    {
        using var response = await app.Client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var health = await HealthJson.ReadAsync(response);
        health.Status.Should().Be("Healthy");
        health.CheckStatuses.Should().Equal(new Dictionary<string, string>
        {
            ["table-storage"] = "Healthy",
            ["queue-storage"] = "Healthy",
        });
    }

    [Fact]
    public async Task Liveness_is_200_and_runs_no_check()
    {
        using var response = await app.Client.GetAsync(new Uri("/health/live", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var health = await HealthJson.ReadAsync(response);
        health.Status.Should().Be("Healthy");
        health.CheckStatuses.Should().BeEmpty("liveness depends on nothing but the process");
    }

    [Fact]
    public async Task Readiness_checks_storage_and_the_workflow_engine()
    {
        using var response = await app.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var health = await HealthJson.ReadAsync(response);
        health.Status.Should().Be("Healthy");
        health.CheckStatuses.Should().Equal(new Dictionary<string, string>
        {
            ["table-storage"] = "Healthy",
            ["queue-storage"] = "Healthy",
            ["workflow-engine"] = "Healthy",
        });
    }

    [Fact]
    public async Task Readiness_is_503_once_the_engine_has_begun_to_stop()
    {
        var azurite = await HdndWorkflow.Testing.Azurite.StartAsync();
        await using var _ = azurite;
        await using var factory = new AppFactory(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString });
        using var client = factory.CreateClient();
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        // The engine's hosted service stops (as when the host shuts down); the server still answers.
        var engine = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Single(s => s.GetType().Name == "TaskHubService");
        await engine.StopAsync(CancellationToken.None);

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await HealthJson.ReadAsync(response)).CheckStatuses["workflow-engine"].Should().Be("Unhealthy");
        (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_check_really_creates_the_health_table_and_queue_in_storage()
    {
        var tables = app.Azurite.Connection.CreateTableServiceClient();
        var queues = app.Azurite.Connection.CreateQueueServiceClient();
        await tables.GetTableClient("health").DeleteAsync();
        await queues.GetQueueClient("health").DeleteIfExistsAsync();

        using var response = await app.Client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await tables.GetTableClient("health").DeleteAsync()).Status.Should().Be(204, "the check created the table again");
        (await queues.GetQueueClient("health").DeleteIfExistsAsync()).Value.Should().BeTrue("the check created the queue again");
    }

    [Fact]
    public async Task Health_with_storage_gone_unreachable_is_503_quickly_and_says_which_checks_failed()
    {
        // The engine creates its task hub's tables and queues at start-up, so the app needs storage to start; /health
        // reports storage that stops answering afterwards (here: the app's own Azurite stopped).
        var azurite = await HdndWorkflow.Testing.Azurite.StartAsync();
        var ports = new[] { azurite.TablePort, azurite.QueuePort }.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // With its storage gone the engine cannot release its leases: the app stops when the shutdown timeout is up.
        await using var factory = new AppFactory(
            new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["Storage:MaxRetries"] = "0",
            },
            services => services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3)));
        using var client = factory.CreateClient();
        await azurite.DisposeAsync();

        var stopwatch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        stopwatch.Stop();

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var health = await HealthJson.ReadAsync(response);
        health.Status.Should().Be("Unhealthy");
        health.CheckStatuses.Should().Equal(new Dictionary<string, string>
        {
            ["table-storage"] = "Unhealthy",
            ["queue-storage"] = "Unhealthy",
        });
        health.Raw.Should().Contain("unreachable").And.NotContain("AccountKey");
        foreach (var port in ports)
        {
            health.Raw.Should().NotContain(port);
        }

        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "a refused connection with no retries fails at once");

        // Readiness fails with storage; liveness, which needs nothing, still answers.
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var readiness = await HealthJson.ReadAsync(ready);
        readiness.CheckStatuses["table-storage"].Should().Be("Unhealthy");
        readiness.CheckStatuses["queue-storage"].Should().Be("Unhealthy");
        (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
