namespace HdndWorkflow.Storage.Queues;

/// <summary>
/// The Queue service's limits, checked before a request leaves:
/// https://learn.microsoft.com/rest/api/storageservices/put-message.
/// </summary>
public static class QueueLimits
{
    /// <summary>Largest message body: 64 KiB of base64 text carries 48 KiB of bytes.</summary>
    public const int MaxMessageBytes = 48 * 1024;

    /// <summary>Most messages one receive returns.</summary>
    public const int MaxMessagesPerReceive = 32;

    /// <summary>Longest visibility timeout or delay.</summary>
    public static readonly TimeSpan MaxVisibilityTimeout = TimeSpan.FromDays(7);

    /// <summary>Throws unless <paramref name="name"/> is a valid queue name (3–63 lower-case letters, digits and single hyphens).</summary>
    public static void ValidateQueueName(string name) => StorageLimits.ValidateQueueName(name);

    internal static void ValidateVisibility(TimeSpan value, string paramName, TimeSpan minimum)
    {
        if (value < minimum || value > MaxVisibilityTimeout)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Must be between {minimum} and 7 days.");
        }
    }
}
