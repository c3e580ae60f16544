namespace HdndWorkflow.Storage.Tables;

/// <summary>How an update treats the properties the new entity does not carry.</summary>
public enum TableUpdateMode
{
    /// <summary>Keeps them (HTTP MERGE).</summary>
    Merge,

    /// <summary>Removes them: the entity becomes exactly the new one (HTTP PUT).</summary>
    Replace,
}
