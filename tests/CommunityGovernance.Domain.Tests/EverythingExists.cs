using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using NodaTime;

namespace CommunityGovernance.Domain.Tests;

/// <summary>
/// A directory that knows every unit and actor at every instant, for the example tests of other rules (delegation,
/// routing, programmes), which make their units and actors up. What exists is tested with the real
/// <see cref="CommunityDirectory"/> in <c>Communities/CommunityDirectoryTests</c>.
/// </summary>
internal sealed class EverythingExists : ICommunityDirectory
{
    public static readonly EverythingExists Directory = new();

    public bool IsEstablished(CommunityUnit unit, Instant at) => true;

    public bool IsRegistered(ActorId actor, Instant at) => true;
}
