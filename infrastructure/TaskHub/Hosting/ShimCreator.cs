using DurableTask.Core;

namespace HdndWorkflow.TaskHub.Hosting;

/// <summary>
/// Hands the Durable Task Framework a fresh shim, made by <paramref name="create"/>, for each execution of one named
/// orchestrator or activity (the framework looks objects up by name and version; the app's carry no version).
/// </summary>
internal sealed class ShimCreator<T> : ObjectCreator<T>
{
    private readonly Func<T> _create;

    public ShimCreator(string name, Func<T> create)
    {
        Name = name;
        Version = string.Empty;
        _create = create;
    }

    public override T Create() => _create();
}
