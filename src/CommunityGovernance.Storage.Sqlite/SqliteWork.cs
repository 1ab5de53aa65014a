namespace CommunityGovernance.Storage.Sqlite;

/// <summary>
/// The stores' work is synchronous (as Microsoft.Data.Sqlite's is underneath its async methods); its outcome, a
/// cancellation included, is handed back in a task, as an asynchronous method would.
/// </summary>
internal static class SqliteWork
{
    public static Task<T> Complete<T>(Func<T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            return Task.FromResult(work());
        }
        catch (OperationCanceledException e) when (e.CancellationToken == cancellationToken)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }
}
