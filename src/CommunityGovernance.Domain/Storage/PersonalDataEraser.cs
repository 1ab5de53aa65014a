using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage;

/// <summary>
/// Erases personal data (个人信息删除) from stored events: every member marked <see cref="PersonalDataAttribute"/> is
/// rewritten to its erased form, and every other member is kept, so that the aggregate still rebuilds from the
/// erased stream. Use it to answer a resident's request for deletion or at the end of a retention period.
/// </summary>
/// <remarks>
/// <para>
/// The erased forms: <see langword="null"/> for an optional member; <see cref="ErasedText"/> for text;
/// <see cref="ErasedName"/> for a <see cref="PersonName"/>; <see cref="ErasedIdentityNumber"/> for a
/// <see cref="ResidentIdentityNumber"/>; <see cref="ErasedBallotChoice"/> for a ballot. The named ones are valid values, so reading an erased event runs the same
/// validation as any other, and an aggregate's rules need not know about erasure.
/// </para>
/// <para>An older stored shape is upgraded to the current one before it is erased. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class PersonalDataEraser
{
    /// <summary>The text that replaces personal data held as text.</summary>
    public const string ErasedText = "[erased]";

    private readonly DomainEventSerializer _serializer;

    /// <summary>Creates an eraser for the events <paramref name="serializer"/> knows.</summary>
    /// <param name="serializer">The serializer the store uses.</param>
    public PersonalDataEraser(DomainEventSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        _serializer = serializer;
    }

    /// <summary>The name that replaces an erased person's name: <see cref="ErasedText"/>.</summary>
    public static PersonName ErasedName { get; } = new(ErasedText);

    /// <summary>
    /// The resident identity number that replaces an erased one: province code 99 (which no province has), born
    /// 1850-01-01, sequence 000. Compare with it to tell an erased resident.
    /// </summary>
    public static ResidentIdentityNumber ErasedIdentityNumber { get; } =
        ResidentIdentityNumber.Parse("99999918500101000" + ResidentIdentityNumber.CheckCharacterOf("99999918500101000"));

    /// <summary>
    /// The ballot that replaces an erased owner's ballot: <see cref="BallotChoice.Abstain"/>. The owner took part (the
    /// ballot's event stays), how is no longer known; a closed vote keeps its tally, which was counted before.
    /// </summary>
    public static BallotChoice ErasedBallotChoice => BallotChoice.Abstain;

    /// <summary>Rewrites a stored event's personal data to its erased form.</summary>
    /// <param name="stored">The stored event.</param>
    /// <returns>The erased event in the current shape; an event without personal data comes back in the current shape unchanged.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The event is unreadable (<see cref="StorageRules.StoredEventIsReadable"/>), or a personal-data member has a
    /// type with no erased form (<see cref="StorageRules.PersonalDataIsErasable"/>).
    /// </exception>
    public StoredEvent Erase(StoredEvent stored)
    {
        var current = _serializer.Serialize(_serializer.Deserialize(stored));
        var type = _serializer.Deserialize(current).GetType();
        var personal = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => DomainEvent.IsPersonalData(type, p)).ToArray();
        if (personal.Length == 0)
        {
            return current;
        }

        var data = (JsonObject)JsonNode.Parse(current.Data)!;
        foreach (var property in personal)
        {
            var name = _serializer.Options.PropertyNamingPolicy?.ConvertName(property.Name) ?? property.Name;
            data[name] = ErasedFormOf(type, property);
        }

        var erased = current with { Data = data.ToJsonString(_serializer.Options) };
        _serializer.Deserialize(erased); // The erased form must read back, or the stream would no longer rebuild.
        return erased;
    }

    private JsonNode? ErasedFormOf(Type eventType, PropertyInfo property) =>
        JsonSerializer.SerializeToNode(PersonalData.ErasedForms.Of(eventType, property), property.PropertyType, _serializer.Options);
}
