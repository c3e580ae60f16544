namespace HdndWorkflow.Storage;

/// <summary>The storage services HdndWorkflow talks to; they differ in signing and in error format.</summary>
internal enum StorageService
{
    Table,
    Queue,
}
