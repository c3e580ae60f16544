using Azure.Data.Tables;

namespace HdndWorkflow.Email;

/// <summary>A table created on first use, once per process; a failed creation is tried again on the next use.</summary>
internal sealed class TableOnce(TableClient table)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _created;

    public async ValueTask<TableClient> GetAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return table;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_created)
            {
                await table.CreateIfNotExistsAsync(cancellationToken);
                _created = true;
            }

            return table;
        }
        finally
        {
            _gate.Release();
        }
    }
}
