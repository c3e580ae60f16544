using System.Globalization;
using System.Text.Json;
using HdndWorkflow.DurableTask;
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
    public void Host_json_configures_the_engine_with_Durable_Functions_names_that_the_app_binds()
    {
        var durableTask = FunctionDefinitions.HostJson().GetProperty("extensions").GetProperty("durableTask");
        var options = Names(typeof(TaskHubOptions));
        var provider = Names(typeof(TaskHubOptions.StorageProviderOptions));

        durableTask.EnumerateObject().Select(p => p.Name).Should().OnlyContain(name => options.Contains(name),
            "a misspelt setting would be ignored silently");
        durableTask.GetProperty("storageProvider").EnumerateObject().Select(p => p.Name).Should().OnlyContain(name => provider.Contains(name),
            "a misspelt setting would be ignored silently");
        durableTask.GetProperty("hubName").GetString().Should().Be("HdndWorkflow");
        durableTask.GetProperty("storageProvider").GetProperty("partitionCount").GetInt32().Should().Be(4);
    }

    private static HashSet<string> Names(Type options) =>
        options.GetProperties().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
