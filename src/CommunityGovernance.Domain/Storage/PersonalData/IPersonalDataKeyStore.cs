using CommunityGovernance.Actors;

namespace CommunityGovernance.Storage.PersonalData;

/// <summary>
/// Keeps one encryption key per data subject (a resident, by actor id). Stored personal data is encrypted under its
/// subject's key; destroying the key (a deletion request under PIPL, 个人信息删除) makes the data unreadable in every
/// copy, replica and backup at once, and readers then see the library's erased forms.
/// </summary>
/// <remarks>
/// <para>
/// The members are synchronous on purpose: they are called from inside JSON serialization, which System.Text.Json
/// and Marten run synchronously. As with ASP.NET Core Data Protection's key ring, an implementation backed by a
/// key-management service keeps the key material it has unwrapped in memory and refreshes it outside the call.
/// </para>
/// <para>Implementations must be thread-safe. A destroyed key must never be returned again, not even by a replica.</para>
/// </remarks>
public interface IPersonalDataKeyStore
{
    /// <summary>The subject's current key, created if there is none.</summary>
    /// <param name="subject">The data subject.</param>
    /// <returns>The key.</returns>
    PersonalDataKey GetOrCreate(ActorId subject);

    /// <summary>The subject's current key.</summary>
    /// <param name="subject">The data subject.</param>
    /// <returns>The key, or <see langword="null"/> when the subject has none (never had one, or it was destroyed).</returns>
    PersonalDataKey? Find(ActorId subject);

    /// <summary>Destroys the subject's key, so that everything encrypted under it is unreadable for good.</summary>
    /// <param name="subject">The data subject.</param>
    /// <returns><see langword="true"/> when a key was destroyed; <see langword="false"/> when there was none.</returns>
    bool Destroy(ActorId subject);
}
