using System.Text;
using CommunityGovernance.Kernel;
using JasperFx.Events;
using Marten;
using Npgsql;

namespace CommunityGovernance.Storage.Marten;

/// <summary>
/// The transaction-scoped advisory lock every append takes, per tenant, before Marten draws its sequence numbers,
/// so that a tenant's feed positions follow commit order: a reader who has seen position P never later finds a
/// committed event before P. Without it, two concurrent transactions can commit in the opposite order of their
/// sequence numbers and a polling reader skips the slower one's events for good.
/// </summary>
/// <remarks>
/// The lock is <c>pg_advisory_xact_lock(Namespace, KeyOf(tenant))</c>, released at commit or rollback. A process that
/// appends to the same tenant's streams through Marten directly should take it too, or the feed's guarantee is lost.
/// </remarks>
internal static class FeedLock
{
    /// <summary>The first key of the two-int advisory lock: "CGFE", so as not to meet other users' advisory locks.</summary>
    public const int Namespace = 0x43474645;

    /// <summary>The second key: FNV-1a (32 bit) of the tenant id's UTF-8 bytes, the same in every process and version.</summary>
    public static int KeyOf(TenantId tenant)
    {
        const uint Prime = 16777619;
        var hash = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(tenant.Value))
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return unchecked((int)hash);
    }

    /// <summary>The command that waits for the tenant's lock, in the transaction it is run in.</summary>
    public static NpgsqlBatchCommand Take(TenantId tenant) =>
        new("select pg_advisory_xact_lock($1, $2)") { Parameters = { new() { Value = Namespace }, new() { Value = KeyOf(tenant) } } };

    /// <summary>
    /// Looks at an append just before it commits. It refuses to commit on any connection but the one the lock was
    /// taken on: Marten's write retry replays a failed commit on a new connection in a new transaction, which would no
    /// longer hold the lock; the replay is then rolled back instead, and the caller sees the failure. And it checks what
    /// the server gave the events, which the append reports: the versions it expected, and sequence numbers (feed
    /// positions). Marten 9.62's quick append numbers the versions on the server and checks the expected one there
    /// too; should a Marten version stop doing either, the append is rolled back here rather than misreported.
    /// </summary>
    public sealed class Guard(NpgsqlConnection locked, StreamAction append, long expectedVersion) : ITransactionParticipant
    {
        public Task BeforeCommitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken token)
        {
            if (!ReferenceEquals(connection, locked))
            {
                throw new InvalidOperationException(
                    "Marten retried the append on a new connection, which does not hold the feed lock; it was rolled back. Append again.");
            }

            var events = append.Events;
            var last = events[^1];
            if (last.Version != expectedVersion + events.Count)
            {
                throw new ConcurrencyConflictException(append.Key ?? string.Empty, expectedVersion, last.Version - events.Count);
            }

            return last.Sequence > 0
                ? Task.CompletedTask
                : throw new InvalidOperationException("Marten gave the appended events no sequence number (feed position); the append was rolled back.");
        }

        public Task AfterCommitAsync(CancellationToken token) => Task.CompletedTask;
    }
}
