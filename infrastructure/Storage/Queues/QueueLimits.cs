using System.Text.RegularExpressions;

namespace HdndWorkflow.Storage.Queues;

/// <summary>
/// The Queue service's limits, checked before a request leaves:
/// https://learn.microsoft.com/rest/api/storageservices/put-message.
/// </summary>
public static partial class QueueLimits
{
    /// <summary>Largest message body: 64 KiB of base64 text carries 48 KiB of bytes.</summary>
    public const int MaxMessageBytes = 48 * 1024;

    /// <summary>Most messages one receive returns.</summary>
    public const int MaxMessagesPerReceive = 32;

    /// <summary>Longest visibility timeout or delay.</summary>
    public static readonly TimeSpan MaxVisibilityTimeout = TimeSpan.FromDays(7);

    /// <summary>Throws unless <paramref name="name"/> is a valid queue name (3–63 lower-case letters, digits and single hyphens).</summary>
    public static void ValidateQueueName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!QueueName().IsMatch(name) || name.Contains("--", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid queue name: use 3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.",
                nameof(name));
        }
    }

    internal static void ValidateVisibility(TimeSpan value, string paramName, TimeSpan minimum)
    {
        if (value < minimum || value > MaxVisibilityTimeout)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Must be between {minimum} and 7 days.");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex QueueName();
}
