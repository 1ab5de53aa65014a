using Microsoft.Data.Sqlite;

namespace CommunityGovernance.Storage.Sqlite.Projections;

/// <summary>
/// What a SQLite read model writes its rows through while it applies a batch: one connection and one write
/// transaction, which the store commits together with the projection's checkpoint.
/// </summary>
/// <remarks>
/// <see cref="Execute"/> and <see cref="Scalar"/> prepare each distinct statement once per batch and bind
/// <c>$tenant</c> to <see cref="Tenant"/> unless told otherwise, so a read model's rows are per tenant without
/// effort. A statement's parameters keep their values from its previous run, so name every parameter on every run.
/// Never commit or roll back <see cref="Transaction"/> yourself: the store does.
/// </remarks>
public sealed class SqliteProjectionSession
{
    private const string TenantParameter = "$tenant";

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    internal SqliteProjectionSession(SqliteConnection connection, SqliteTransaction transaction, TenantId tenant)
    {
        Connection = connection;
        Transaction = transaction;
        Tenant = tenant;
    }

    /// <summary>The tenant whose rows the read model writes: bound to <c>$tenant</c>.</summary>
    public TenantId Tenant { get; }

    /// <summary>The connection of the batch.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The batch's write transaction; commands created on <see cref="Connection"/> must use it.</summary>
    public SqliteTransaction Transaction { get; }

    /// <summary>Runs a statement in the batch's transaction.</summary>
    /// <param name="sql">The statement, with <c>$name</c> parameters.</param>
    /// <param name="parameters">The parameters' names (with their <c>$</c>) and values; <see langword="null"/> is SQL NULL.</param>
    /// <returns>The number of rows the statement changed.</returns>
    /// <exception cref="SqliteException">SQLite refused the statement (a constraint, a missing table…).</exception>
    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Bind(sql, parameters).ExecuteNonQuery();

    /// <summary>Runs a query in the batch's transaction and returns the first column of its first row.</summary>
    /// <param name="sql">The query, with <c>$name</c> parameters.</param>
    /// <param name="parameters">The parameters' names (with their <c>$</c>) and values; <see langword="null"/> is SQL NULL.</param>
    /// <returns>The value, or <see langword="null"/> when there is no row or it is NULL.</returns>
    /// <exception cref="SqliteException">SQLite refused the query.</exception>
    public object? Scalar(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Bind(sql, parameters).ExecuteScalar() is { } value and not DBNull ? value : null;

    /// <summary>Disposes the prepared statements, when the transaction ends.</summary>
    internal void Release()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private SqliteCommand Bind(string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.Transaction = Transaction;
            command.CommandText = sql;
            _commands.Add(sql, command);
        }

        foreach (var (name, value) in parameters)
        {
            var bound = value ?? DBNull.Value;
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = bound;
            }
            else
            {
                command.Parameters.AddWithValue(name, bound);
            }
        }

        if (!command.Parameters.Contains(TenantParameter) && sql.Contains(TenantParameter, StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue(TenantParameter, Tenant.Value);
        }

        return command;
    }
}
