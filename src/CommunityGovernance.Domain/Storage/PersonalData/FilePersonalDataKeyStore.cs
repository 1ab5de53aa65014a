using System.Text.Json;
using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage.PersonalData;

/// <summary>
/// Keys in a local JSON file beside the database: the sample's key store, and a start for a single machine. Keep
/// the file out of the database's backups, or erasure will not reach them; vendors put their key-management
/// service behind <see cref="IPersonalDataKeyStore"/> instead.
/// </summary>
/// <remarks>
/// The file is rewritten whole on every change (to a temporary file, then renamed over the old one), so a crash
/// leaves either the old or the new keys, never a torn file. One instance per file per process; thread-safe.
/// </remarks>
public sealed class FilePersonalDataKeyStore : IPersonalDataKeyStore
{
    private readonly string _path;
    private readonly Lock _gate = new();
    private readonly Dictionary<ActorId, PersonalDataKey> _keys = [];

    /// <summary>Opens (or starts) the key file at <paramref name="path"/>.</summary>
    /// <param name="path">The file; created with the first key.</param>
    /// <exception cref="DomainRuleViolationException">The file exists but is not a key file (<see cref="StorageRules.PersonalDataKeyFileIsReadable"/>).</exception>
    public FilePersonalDataKeyStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        if (!File.Exists(_path))
        {
            return;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<Dictionary<string, StoredKey>>(File.ReadAllBytes(_path)) ?? [];
            foreach (var (subject, key) in stored)
            {
                _keys[new ActorId(subject)] = new PersonalDataKey(key.Id, Convert.FromBase64String(key.Material));
            }
        }
        catch (Exception e) when (e is JsonException or FormatException or DomainRuleViolationException)
        {
            throw new DomainRuleViolationException(StorageRules.PersonalDataKeyFileIsReadable, $"The personal-data key file '{Path.GetFileName(_path)}' is not readable: {e.GetType().Name}.");
        }
    }

    /// <inheritdoc />
    public PersonalDataKey GetOrCreate(ActorId subject)
    {
        lock (_gate)
        {
            if (_keys.TryGetValue(subject, out var key))
            {
                return key;
            }

            key = PersonalDataKey.New();
            _keys[subject] = key;
            Write();
            return key;
        }
    }

    /// <inheritdoc />
    public PersonalDataKey? Find(ActorId subject)
    {
        lock (_gate)
        {
            return _keys.TryGetValue(subject, out var key) ? key : null;
        }
    }

    /// <inheritdoc />
    public bool Destroy(ActorId subject)
    {
        lock (_gate)
        {
            if (!_keys.Remove(subject))
            {
                return false;
            }

            Write();
            return true;
        }
    }

    private void Write()
    {
        var stored = _keys.ToDictionary(k => k.Key.Value, k => new StoredKey(k.Value.Id, Convert.ToBase64String(k.Value.Material)), StringComparer.Ordinal);
        var temporary = _path + ".tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(file, stored);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, _path, overwrite: true);
    }

    private sealed record StoredKey(string Id, string Material);
}
