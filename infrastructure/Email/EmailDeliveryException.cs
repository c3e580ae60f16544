namespace HdndWorkflow.Email;

/// <summary>
/// The e-mail provider did not take a request. <see cref="MayHaveBeenAccepted"/> tells whether the e-mails could have
/// gone out all the same (the connection failed after the request was sent): those stay claimed and are not resent.
/// </summary>
public class EmailDeliveryException : Exception
{
    public EmailDeliveryException()
    {
    }

    public EmailDeliveryException(string message)
        : base(message)
    {
    }

    public EmailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EmailDeliveryException(string message, bool mayHaveBeenAccepted, int? statusCode = null, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        MayHaveBeenAccepted = mayHaveBeenAccepted;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    /// <summary>False when the provider answered and refused; true when the outcome is unknown.</summary>
    public bool MayHaveBeenAccepted { get; }

    /// <summary>The provider's last HTTP status, if it answered.</summary>
    public int? StatusCode { get; }

    /// <summary>How long the provider asked to wait (a rate limit longer than the sender waits by itself).</summary>
    public TimeSpan? RetryAfter { get; }
}

/// <summary>
/// The provider refused a request as invalid (a 4xx other than 429): retrying the same e-mails will not help. The
/// message lists the provider's own error messages.
/// </summary>
public sealed class EmailRejectedException : EmailDeliveryException
{
    public EmailRejectedException()
    {
    }

    public EmailRejectedException(string message)
        : base(message)
    {
    }

    public EmailRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EmailRejectedException(string message, int statusCode, IReadOnlyList<EmailProviderError> errors)
        : base(message, mayHaveBeenAccepted: false, statusCode)
    {
        Errors = errors;
    }

    /// <summary>The provider's errors, e.g. SendGrid's <c>errors[]</c> (message, field, help).</summary>
    public IReadOnlyList<EmailProviderError> Errors { get; } = [];
}

/// <summary>One error the provider reported.</summary>
public sealed record EmailProviderError(string Message, string? Field = null, string? Help = null)
{
    public override string ToString() => Field is null ? Message : $"{Field}: {Message}";
}
