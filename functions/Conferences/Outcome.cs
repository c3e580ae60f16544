using HdndWorkflow.Domain;

namespace HdndWorkflow.Functions.Conferences;

/// <summary>What became of an organizer's or invitee's request: the value, or why not, in words the caller shows.</summary>
internal abstract record Outcome<T>
{
    private Outcome()
    {
    }

    public sealed record Done(T Value) : Outcome<T>;

    public sealed record NotFound : Outcome<T>;

    /// <summary>The user may not act on this conference (not an organizer of its council).</summary>
    public sealed record Forbidden : Outcome<T>;

    /// <summary>The input or the requested change is refused, field by field, in Vietnamese.</summary>
    public sealed record Invalid(IReadOnlyList<ValidationError> Errors) : Outcome<T>;

    /// <summary>What was asked for existed but no longer serves (a personal link after its conference ended).</summary>
    public sealed record Gone(string Message) : Outcome<T>;

    /// <summary>Someone else changed the conference meanwhile; reload and try again.</summary>
    public sealed record Conflict(string Message) : Outcome<T>;

    public static implicit operator Outcome<T>(T value) => new Done(value);
}
