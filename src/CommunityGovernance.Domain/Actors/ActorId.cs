using CommunityGovernance.Kernel;

namespace CommunityGovernance.Actors;

/// <summary>
/// Identifies an actor (多元主体之一): a party committee or government body, a street office, a residents'
/// committee, a property company, a homeowners' committee, a social organisation, a resident…
/// </summary>
/// <remarks>
/// The value is chosen by the vendor: 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when
/// their values are equal, compared ordinally (case matters). The id carries its hash code, computed once when it
/// is made, so that finding an actor in a table (the rights index, a dictionary) need not read the text again.
/// </remarks>
[StringIdentifier("actor id", CachesHashCode = true)]
public readonly partial struct ActorId
{
    /// <summary>The rule broken by a malformed actor id.</summary>
    public const string WellFormedRule = "ActorIdIsWellFormed";

    /// <summary>Identifies the actor with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial ActorId(string value);
}
