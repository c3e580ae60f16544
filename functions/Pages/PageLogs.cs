namespace HdndWorkflow.Functions;

/// <summary>The pages' log messages (event ids 100–199). None carries an address, a link or a token.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "A sign-in e-mail could not be sent ({Error}); the page told the user nothing else")]
    public static partial void SignInEmailFailed(this ILogger logger, string error);
}
