using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// One owner on a vote's roll, counted as the SPC interpretation on building distinct ownership, Art. 9, counts
/// owners (<see cref="OwnerHeadcount"/>): one head, with the area of every exclusive unit they hold.
/// </summary>
/// <param name="Voter">The owner who casts the ballot: an owner of record, or the developer for every unit it still holds.</param>
/// <param name="Area">The floor area of all the units the voter holds.</param>
/// <param name="Units">How many units that is.</param>
/// <param name="IsDeveloper">Whether the voter is the developer, voting for the units it has not sold or delivered.</param>
[LivingSide]
public readonly record struct AssemblyElector(ActorId Voter, FloorArea Area, int Units, bool IsDeveloper);
