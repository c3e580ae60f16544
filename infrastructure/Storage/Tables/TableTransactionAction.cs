using Azure;

namespace HdndWorkflow.Storage.Tables;

/// <summary>What one operation of an entity group transaction does.</summary>
public enum TableTransactionActionType
{
    /// <summary>Insert; fails when the keys exist.</summary>
    Add,

    /// <summary>Merge into the existing entity, if its ETag matches.</summary>
    UpdateMerge,

    /// <summary>Replace the existing entity, if its ETag matches.</summary>
    UpdateReplace,

    /// <summary>Delete the existing entity, if its ETag matches.</summary>
    Delete,

    /// <summary>Insert, or merge into the existing entity.</summary>
    UpsertMerge,

    /// <summary>Insert, or replace the existing entity.</summary>
    UpsertReplace,
}

/// <summary>
/// One operation of an entity group transaction. <paramref name="ETag"/> is the If-Match condition of updates and
/// deletes; default means any version.
/// </summary>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, ETag ETag = default);

/// <summary>
/// An entity group transaction that the service refused: nothing of it was written. <see cref="FailedActionIndex"/>
/// names the operation that failed, when the service says.
/// </summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    /// <summary>Creates the exception for a refused transaction.</summary>
    public TableTransactionFailedException(int status, string message, string? errorCode, int? failedActionIndex)
        : base(status, message, errorCode, null)
    {
        FailedActionIndex = failedActionIndex;
    }

    /// <summary>The index of the operation that failed, when known.</summary>
    public int? FailedActionIndex { get; }
}
