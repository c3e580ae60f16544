using System.Text.Json;

namespace HdndWorkflow.Functions.Tests;

/// <summary>
/// What the Azure Functions host needs from the deployment package: host.json naming our executable and forwarding HTTP
/// requests to it, and one catch-all HTTP function so that every path reaches the app.
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
        trigger.GetProperty("route").GetString().Should().Be("{*path}");
        trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString())
            .Should().BeEquivalentTo(["get", "head", "post", "put", "patch", "delete", "options"]);
        var output = bindings.Single(b => b.GetProperty("type").GetString() == "http");
        output.GetProperty("direction").GetString().Should().Be("out");
    }
}
