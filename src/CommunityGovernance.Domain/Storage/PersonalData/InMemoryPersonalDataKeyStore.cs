using System.Collections.Concurrent;
using CommunityGovernance.Actors;

namespace CommunityGovernance.Storage.PersonalData;

/// <summary>
/// Keys in memory, lost with the process: for tests and for data that need not outlive it. Destroyed subjects are
/// remembered, so that a destroyed key is never handed out again; a new key is made if the subject's data is
/// written afresh.
/// </summary>
public sealed class InMemoryPersonalDataKeyStore : IPersonalDataKeyStore
{
    private readonly ConcurrentDictionary<ActorId, PersonalDataKey> _keys = new();

    /// <summary>How many subjects have a key.</summary>
    public int Count => _keys.Count;

    /// <inheritdoc />
    public PersonalDataKey GetOrCreate(ActorId subject) => _keys.GetOrAdd(subject, static _ => PersonalDataKey.New());

    /// <inheritdoc />
    public PersonalDataKey? Find(ActorId subject) => _keys.TryGetValue(subject, out var key) ? key : null;

    /// <inheritdoc />
    public bool Destroy(ActorId subject) => _keys.TryRemove(subject, out _);
}
