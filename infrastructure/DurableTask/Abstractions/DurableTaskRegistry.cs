using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.DurableTask;

/// <summary>
/// The orchestrators and activities a worker runs, by name: the class's name, so callers write <c>nameof(MyActivity)</c>.
/// Activities are created per call through dependency injection; orchestrators take no services.
/// </summary>
public sealed class DurableTaskRegistry
{
    private readonly Dictionary<string, Func<IServiceProvider, ITaskOrchestrator>> _orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<IServiceProvider, ITaskActivity>> _activities = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers orchestrator <typeparamref name="T"/> under its class name.</summary>
    public DurableTaskRegistry AddOrchestrator<T>() where T : class, ITaskOrchestrator, new()
    {
        _orchestrators[typeof(T).Name] = static _ => new T();
        return this;
    }

    /// <summary>Registers an orchestrator under <paramref name="name"/> made by <paramref name="factory"/>.</summary>
    public DurableTaskRegistry AddOrchestrator(string name, Func<ITaskOrchestrator> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        _orchestrators[name] = _ => factory();
        return this;
    }

    /// <summary>Registers activity <typeparamref name="T"/> under its class name; its services come from the container.</summary>
    public DurableTaskRegistry AddActivity<T>() where T : class, ITaskActivity
    {
        var factory = ActivatorUtilities.CreateFactory<T>([]);
        _activities[typeof(T).Name] = services => factory(services, null);
        return this;
    }

    /// <summary>Registers an activity under <paramref name="name"/> made by <paramref name="factory"/>.</summary>
    public DurableTaskRegistry AddActivity(string name, Func<IServiceProvider, ITaskActivity> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _activities[name] = factory;
        return this;
    }

    internal ITaskOrchestrator? CreateOrchestrator(string name, IServiceProvider services) =>
        _orchestrators.TryGetValue(name, out var factory) ? factory(services) : null;

    internal ITaskActivity? CreateActivity(string name, IServiceProvider services) =>
        _activities.TryGetValue(name, out var factory) ? factory(services) : null;
}
