using System.Globalization;
using System.Text.Json;
using HdndWorkflow.DurableTask;
using HdndWorkflow.DurableTask.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Functions.Tests;

/// <summary>
/// What the Azure Functions host needs from the deployment package: host.json naming our executable and forwarding HTTP
/// requests to it, one catch-all HTTP function so that every other path reaches the app, and one queue-trigger function
/// per control queue of the engine's task hub.
/// </summary>
public sealed class FunctionsHostContractTests
{
    [Fact]
    public void Host_json_runs_the_app_as_a_custom_handler_that_gets_every_http_request_unprefixed()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("host.json")));
        var root = host.RootElement;

        root.GetProperty("version").GetString().Should().Be("2.0");
        var customHandler = root.GetProperty("customHandler");
        customHandler.GetProperty("description").GetProperty("defaultExecutablePath").GetString()
            .Should().Be(typeof(Program).Assembly.GetName().Name, "the host starts the published app by this name");
        customHandler.GetProperty("enableForwardingHttpRequest").GetBoolean().Should().BeTrue();
        root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString().Should().BeEmpty();
        var bundle = root.GetProperty("extensionBundle");
        bundle.GetProperty("id").GetString().Should().Be("Microsoft.Azure.Functions.ExtensionBundle");
        bundle.GetProperty("version").GetString().Should().Be("[4.*, 5.0.0)");
    }

    [Fact]
    public void The_http_function_catches_every_path_anonymously_and_answers_with_the_apps_response()
    {
        using var function = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("functions", "FunctionDefinitions", "http", "function.json")));
        var bindings = function.RootElement.GetProperty("bindings").EnumerateArray().ToList();

        bindings.Should().HaveCount(2, "forwarding needs exactly an HTTP trigger and an HTTP output");
        var trigger = bindings.Single(b => b.GetProperty("type").GetString() == "httpTrigger");
        trigger.GetProperty("direction").GetString().Should().Be("in");
        trigger.GetProperty("authLevel").GetString().Should().Be("anonymous");
        trigger.GetProperty("route").GetString().Should().StartWith("{*path", "a catch-all route, constrained below");
        trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString())
            .Should().BeEquivalentTo(["get", "head", "post", "put", "patch", "delete", "options"]);
        var output = bindings.Single(b => b.GetProperty("type").GetString() == "http");
        output.GetProperty("direction").GetString().Should().Be("out");
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/health", true)]
    [InlineData("/api/conferences/7", true)]
    [InlineData("/durable", true)]
    [InlineData("/DurableControl00", false)]
    [InlineData("/durablecontrol03", false)]
    [InlineData("/DURABLECONTROL01/", false)]
    [InlineData("/DurableControl99", false)]
    public async Task The_http_function_forwards_every_path_but_the_control_queue_functions(string path, bool forwarded)
    {
        // The Functions host routes HTTP triggers with ASP.NET Core's Route and the app's inline constraint resolver
        // (Microsoft.Azure.WebJobs.Extensions.Http's WebJobsRouteBuilder); with routePrefix "" the template is the route.
        // Were /DurableControl{nn} forwarded, anyone could post control messages to the engine from the internet.
        var route = FunctionDefinitions.Bindings("http").Single(b => b.Type == "httpTrigger").Json.GetProperty("route").GetString()!;
        await using var services = new ServiceCollection().AddRouting().AddLogging().BuildServiceProvider();
        var http = new Route(
            new RouteHandler(_ => Task.CompletedTask), "http", route, defaults: null, constraints: null, dataTokens: null,
            services.GetRequiredService<IInlineConstraintResolver>());
        var context = new RouteContext(new DefaultHttpContext { RequestServices = services, Request = { Method = "POST", Path = path } });

        await http.RouteAsync(context);

        (context.Handler is not null).Should().Be(forwarded, $"route '{route}' and path '{path}'");
    }

    [Fact]
    public void Each_control_queue_has_a_queue_trigger_function_named_as_the_engines_endpoint()
    {
        var durableTask = FunctionDefinitions.HostJson().GetProperty("extensions").GetProperty("durableTask");
        var hubName = durableTask.GetProperty("hubName").GetString()!;
        var partitionCount = durableTask.GetProperty("partitionCount").GetInt32();

        var functions = FunctionDefinitions.QueueTriggers();

        functions.Select(f => f.Function).Should().Equal(
            Enumerable.Range(0, partitionCount).Select(p => string.Create(CultureInfo.InvariantCulture, $"{DurableTaskEndpoints.FunctionPrefix}{p:D2}")),
            "one function per partition, named as the engine's POST /DurableControl{nn} route expects");
        foreach (var (function, partition) in functions.Select((f, p) => (f, p)))
        {
            function.Direction.Should().Be("in");
            function.Name.Should().Be("message", "the engine reads the binding's value from Data");
            function.Json.GetProperty("queueName").GetString().Should().Be(
                string.Create(CultureInfo.InvariantCulture, $"{hubName.ToLowerInvariant()}-control-{partition:D2}"),
                "the engine names control queues {hub lower-case}-control-{nn}");
            function.Json.GetProperty("connection").GetString().Should().Be("AzureWebJobsStorage");
            int.Parse(function.Function[DurableTaskEndpoints.FunctionPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture)
                .Should().Be(partition, "the route's {partition:int} is the queue's number");
        }
    }

    [Fact]
    public void Host_json_configures_the_engine_with_the_option_names_it_binds()
    {
        var durableTask = FunctionDefinitions.HostJson().GetProperty("extensions").GetProperty("durableTask");
        var options = typeof(DurableTaskOptions).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        durableTask.EnumerateObject().Select(p => p.Name).Should().OnlyContain(name => options.Contains(name),
            "a misspelt setting would be ignored silently");
        durableTask.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            "hubName", "partitionCount", "maxConcurrentActivityFunctions", "maxConcurrentOrchestratorFunctions",
            "maxQueuePollingInterval", "controlQueueVisibilityTimeout", "maxDequeueCount");
        durableTask.GetProperty("hubName").GetString().Should().Be("HdndWorkflow");
        durableTask.GetProperty("partitionCount").GetInt32().Should().Be(4);
    }

    [Fact]
    public void The_queue_trigger_retries_longer_than_the_engine_so_the_engine_parks_a_failing_message_itself()
    {
        var extensions = FunctionDefinitions.HostJson().GetProperty("extensions");
        var queues = extensions.GetProperty("queues");

        queues.GetProperty("maxDequeueCount").GetInt32().Should().BeGreaterThan(
            extensions.GetProperty("durableTask").GetProperty("maxDequeueCount").GetInt32(),
            "at the engine's last delivery it parks the message, fails the instance and answers 200; the host's own poison queue would do neither");
        queues.GetProperty("messageEncoding").GetString().Should().Be("base64", "the engine's queue client sends bodies as base64");
        TimeSpan.Parse(queues.GetProperty("visibilityTimeout").GetString()!, CultureInfo.InvariantCulture)
            .Should().BeGreaterThan(TimeSpan.Zero, "a failed message waits before it is retried");
        queues.GetProperty("batchSize").GetInt32().Should().BeInRange(1, 32);
    }
}
