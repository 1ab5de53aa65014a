using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>An owner's standing ballot in a vote: how the owner voted is personal data (个人信息).</summary>
/// <remarks>Two ballots are equal when owner and choice are; <see cref="ToString"/> shows neither.</remarks>
/// <param name="Owner">The owner who cast it: the data subject of <paramref name="Choice"/>.</param>
/// <param name="Choice">How the owner voted. Personal data.</param>
[LivingSide]
public readonly record struct Ballot([property: DataSubject] ActorId Owner, [property: PersonalData] BallotChoice Choice)
{
    /// <summary>Always the same text: neither the owner nor the choice is shown.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Ballot {{ Owner = {DomainEvent.Redacted}, Choice = {DomainEvent.Redacted} }}";
}
