using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;

namespace CommunityGovernance.Orleans.Grains;

/// <summary>
/// The key of an aggregate's grain: its tenant and stream, <c>tenant/kind/key</c> (e.g. <c>510115/demand/D-0001</c>).
/// A tenant id has no '/', so the first one ends it.
/// </summary>
public static class AggregateGrainKey
{
    /// <summary>Writes the key of a tenant's stream.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="stream">The stream.</param>
    /// <returns>The key.</returns>
    /// <exception cref="DomainRuleViolationException">The stream name is empty.</exception>
    public static string Format(TenantId tenant, StreamName stream)
    {
        if (stream.IsEmpty)
        {
            throw new DomainRuleViolationException(StorageRules.StreamNameIsWellFormed, "An aggregate's grain needs a stream name.");
        }

        return tenant.Value + "/" + stream;
    }

    /// <summary>Reads a key written by <see cref="Format"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The tenant and the stream.</returns>
    /// <exception cref="DomainRuleViolationException">The key is not a tenant followed by a stream name.</exception>
    public static (TenantId Tenant, StreamName Stream) Parse(string key)
    {
        var slash = key?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash <= 0)
        {
            throw new DomainRuleViolationException(StorageRules.StreamNameIsWellFormed, "An aggregate's grain key is written 'tenant/kind/key'.");
        }

        return (new TenantId(key![..slash]), StreamName.Parse(key[(slash + 1)..]));
    }
}
