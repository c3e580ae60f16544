namespace HdndWorkflow.Functions.Conclusions;

/// <summary>The conclusions' log messages, source-generated. None carries an e-mail address or a text of the drafts.</summary>
internal static partial class ConclusionLogs
{
    [LoggerMessage(EventId = 302, Level = LogLevel.Information, Message = "Conclusion {Conference}: notice numbered {Number}")]
    public static partial void ConclusionNumbered(this ILogger logger, Guid conference, string number);

    [LoggerMessage(EventId = 303, Level = LogLevel.Information, Message = "Conclusion {Conference}: revision {Revision} published, notice sent to {Sent} of {Recipients} recipients")]
    public static partial void ConclusionPublished(this ILogger logger, Guid conference, int revision, int sent, int recipients);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "Conclusion {Conference}: {Purpose} mail sent to {Sent} of {Recipients} recipients")]
    public static partial void ConclusionMailSent(this ILogger logger, Guid conference, string purpose, int sent, int recipients);
}
