using System.Security.Cryptography;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage.PersonalData;

/// <summary>A data subject's encryption key: 256 bits for AES-GCM, and an id that stored ciphertexts name.</summary>
/// <remarks>Immutable. Never log one; <see cref="ToString"/> shows the id only.</remarks>
public sealed class PersonalDataKey
{
    /// <summary>The key length in bytes.</summary>
    public const int Length = 32;

    private readonly byte[] _material;

    /// <summary>Creates a key from its id and material, as a key store reads them back.</summary>
    /// <param name="id">The key's id: 1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <param name="material">Exactly <see cref="Length"/> bytes, copied.</param>
    /// <exception cref="DomainRuleViolationException">The id is malformed or the material has the wrong length.</exception>
    public PersonalDataKey(string id, ReadOnlySpan<byte> material)
    {
        Id = IdentifierText.Validate(id, StorageRules.PersonalDataKeyIsWellFormed, "personal-data key id");
        if (material.Length != Length)
        {
            throw new DomainRuleViolationException(StorageRules.PersonalDataKeyIsWellFormed, $"A personal-data key has {Length} bytes, not {material.Length}.");
        }

        _material = material.ToArray();
    }

    /// <summary>The key's id, stored beside each ciphertext, so that a reader can tell a destroyed key from a wrong one.</summary>
    public string Id { get; }

    /// <summary>The key material.</summary>
    public ReadOnlySpan<byte> Material => _material;

    /// <summary>A new random key.</summary>
    /// <returns>The key.</returns>
    public static PersonalDataKey New() =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), RandomNumberGenerator.GetBytes(Length));

    /// <summary>The key's id; never the material.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"PersonalDataKey {Id}";
}
