using System.Globalization;
using System.Text.Json;
using HdndWorkflow.TaskHub;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Functions.Tests;

/// <summary>
/// What the Azure Functions host needs from the deployment package: host.json naming our executable and forwarding HTTP
/// requests to it, and one catch-all HTTP function so that every path reaches the app. The workflow engine runs in the
/// app and polls its own queues, so no function has a queue trigger.
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
        trigger.GetProperty("route").GetString().Should().Be("{*path}", "a catch-all route: the app answers every path");
        trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString())
            .Should().BeEquivalentTo(["get", "head", "post", "put", "patch", "delete", "options"]);
        var output = bindings.Single(b => b.GetProperty("type").GetString() == "http");
        output.GetProperty("direction").GetString().Should().Be("out");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/health")]
    [InlineData("/api/conferences/7")]
    [InlineData("/api/instances/7d11807c-5f46-424c-9bfb-227121435530:conclusion")]
    [InlineData("/hoi-nghi/7/ket-luan")]
    [InlineData("/dev/mail")]
    public async Task The_http_function_forwards_every_path(string path)
    {
        // The Functions host routes HTTP triggers with ASP.NET Core's Route and the app's inline constraint resolver
        // (Microsoft.Azure.WebJobs.Extensions.Http's WebJobsRouteBuilder); with routePrefix "" the template is the route.
        // The root path matters most: a catch-all with a constraint but no default would not match it.
        var route = FunctionDefinitions.Bindings("http").Single(b => b.Type == "httpTrigger").Json.GetProperty("route").GetString()!;
        await using var services = new ServiceCollection().AddRouting().AddLogging().BuildServiceProvider();
        var http = new Route(
            new RouteHandler(_ => Task.CompletedTask), "http", route, defaults: null, constraints: null, dataTokens: null,
            services.GetRequiredService<IInlineConstraintResolver>());
        var context = new RouteContext(new DefaultHttpContext { RequestServices = services, Request = { Method = "POST", Path = path } });

        await http.RouteAsync(context);

        context.Handler.Should().NotBeNull($"route '{route}' must match path '{path}'");
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
