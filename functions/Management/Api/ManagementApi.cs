using HdndWorkflow.Functions.Conferences.Api;

namespace HdndWorkflow.Functions.Management.Api;

/// <summary>
/// Where the management API answers. <see cref="Root"/> is Durable Functions' own path. Under the Azure Functions
/// host that path never reaches the app: the host reserves <c>/runtime</c> for itself (its <c>HostController</c> maps
/// <c>runtime/webhooks/{extensionName}/{*extra}</c> ahead of every function route, behind the host's system key), so
/// the same endpoints also answer at <see cref="ForwardedRoot"/>, which the host forwards like any other path, and the
/// links the app hands out point there when it runs under the host.
/// </summary>
public static class ManagementApi
{
    /// <summary>Durable Functions' path of the instances API.</summary>
    public const string Root = "/runtime/webhooks/durabletask/instances";

    /// <summary>The same API where the Functions host forwards it.</summary>
    public const string ForwardedRoot = "/api/instances";

    /// <summary>Whether a request is for the management API (it answers with status codes, never a sign-in page).</summary>
    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(ForwardedRoot, StringComparison.OrdinalIgnoreCase);

}

/// <summary>
/// The management links of an instance (Durable Functions' <c>HttpManagementPayload</c>): under
/// <see cref="ManagementApi.Root"/>, or <see cref="ManagementApi.ForwardedRoot"/> when the Functions host runs the app.
/// </summary>
public sealed class InstanceLinks(bool forwarded)
{
    /// <summary>The links, absolute on the address the request came to.</summary>
    public ManagementLinks For(HttpRequest request, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}{(forwarded ? ManagementApi.ForwardedRoot : ManagementApi.Root)}/{Uri.EscapeDataString(instanceId)}";
        return new ManagementLinks(
            instanceId,
            new Uri(root),
            new Uri($"{root}/raiseEvent/{{eventName}}"),
            new Uri($"{root}/terminate?reason={{text}}"),
            new Uri($"{root}/rewind?reason={{text}}"),
            new Uri(root),
            new Uri($"{root}/restart"),
            new Uri($"{root}/suspend?reason={{text}}"),
            new Uri($"{root}/resume?reason={{text}}"));
    }
}
