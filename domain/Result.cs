namespace HdndWorkflow.Domain;

/// <summary>
/// The outcome of a domain decision on user input: a value, or the reasons (in Vietnamese) it was refused.
/// User mistakes are reported this way, never thrown; exceptions are kept for programming errors.
/// </summary>
public sealed class Result<T>
{
    private readonly T? _value;

    internal Result(T? value, IReadOnlyList<ValidationError> errors)
    {
        _value = value;
        Errors = errors;
    }

    public bool IsSuccess => Errors.Count == 0;

    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>The value of a successful result. Reading it from a failure is a programming error.</summary>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException("A failed result has no value; check IsSuccess first.");
}

/// <summary>Factory methods for <see cref="Result{T}"/>.</summary>
public static class Result
{
    public static Result<T> Success<T>(T value) => new(value, []);

    public static Result<T> Failure<T>(IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        }

        return new(default, errors);
    }

    public static Result<T> Failure<T>(string field, string message) => Failure<T>([new ValidationError(field, message)]);
}
