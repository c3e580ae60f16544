namespace HdndWorkflow.Storage;

/// <summary>Storage error codes callers commonly branch on (<c>RequestFailedException.ErrorCode</c>).</summary>
public static class StorageErrorCodes
{
    /// <summary>412: the ETag in If-Match no longer matches the entity.</summary>
    public const string UpdateConditionNotSatisfied = "UpdateConditionNotSatisfied";

    /// <summary>409: an insert found an entity with the same keys.</summary>
    public const string EntityAlreadyExists = "EntityAlreadyExists";

    /// <summary>404: the entity, table or queue does not exist.</summary>
    public const string ResourceNotFound = "ResourceNotFound";

    /// <summary>409: the table already exists.</summary>
    public const string TableAlreadyExists = "TableAlreadyExists";

    /// <summary>404: the table does not exist.</summary>
    public const string TableNotFound = "TableNotFound";

    /// <summary>404: the queue does not exist.</summary>
    public const string QueueNotFound = "QueueNotFound";

    /// <summary>404: the message is gone, or the pop receipt no longer matches it.</summary>
    public const string MessageNotFound = "MessageNotFound";

    /// <summary>400: the pop receipt does not match the message.</summary>
    public const string PopReceiptMismatch = "PopReceiptMismatch";
}
