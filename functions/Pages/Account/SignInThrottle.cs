using System.Collections.Concurrent;

namespace HdndWorkflow.Functions.Pages.Account;

/// <summary>
/// At most one sign-in e-mail per address per minute, so that the form cannot be used to flood someone's mailbox.
/// Only configured users are tracked (nothing is sent to anyone else), so the map stays as small as the directory.
/// Per app instance: enough against a form resubmitted in a loop, which is what it is for.
/// </summary>
internal sealed class SignInThrottle(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSent = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True, and the address noted, when no e-mail went to it within the interval.</summary>
    public bool TryAcquire(string email)
    {
        var now = time.GetUtcNow();
        while (true)
        {
            if (!_lastSent.TryGetValue(email, out var last))
            {
                if (_lastSent.TryAdd(email, now))
                {
                    return true;
                }

                continue;
            }

            if (now - last < Interval)
            {
                return false;
            }

            if (_lastSent.TryUpdate(email, now, last))
            {
                return true;
            }
        }
    }
}
