namespace HdndWorkflow.Functions.Management;

/// <summary>
/// What became of a management request: the value, or why not. The cases are those of Durable Functions' HTTP API
/// (404, 410 Gone for an instance that has finished, 400) and the app's own (403 outside the user's scope, 409 when the
/// instance's state forbids it).
/// </summary>
internal abstract record Managed<T>
{
    private Managed()
    {
    }

    public sealed record Done(T Value) : Managed<T>;

    public sealed record NotFound : Managed<T>;

    public sealed record Forbidden : Managed<T>;

    /// <summary>The instance has finished: the request no longer applies to it (Durable Functions answers 410).</summary>
    public sealed record Gone(string Message) : Managed<T>;

    /// <summary>The instance's state forbids the request now (running when it must have finished, and the like).</summary>
    public sealed record Conflict(string Message) : Managed<T>;

    /// <summary>The request itself is wrong (a parameter, the payload).</summary>
    public sealed record Invalid(string Field, string Message) : Managed<T>;

    public static implicit operator Managed<T>(T value) => new Done(value);
}
