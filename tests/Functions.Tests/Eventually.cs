namespace HdndWorkflow.Functions.Tests;

/// <summary>Polls instead of sleeping: retries an attempt until it yields a value or the deadline passes.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> attempt, TimeSpan timeout, string what)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await attempt() is { } value)
                {
                    return value;
                }
            }
            catch (HttpRequestException e)
            {
                last = e;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{what} did not happen within {timeout.TotalSeconds:0} s.", last);
    }
}
