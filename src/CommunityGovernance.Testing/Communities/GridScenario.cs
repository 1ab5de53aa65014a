using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Grids;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// A grid map's community, the world its commands read and a sequence of commands on it: buildings the coverage
/// register places in the community, buildings it places in a neighbouring community (which the map must refuse),
/// the registered workers, and one actor the directory does not know.
/// </summary>
/// <param name="Community">The community the map divides.</param>
/// <param name="Neighbour">Another community of the same district.</param>
/// <param name="Buildings">Buildings lying in <paramref name="Community"/>.</param>
/// <param name="NeighbourBuildings">Buildings lying in <paramref name="Neighbour"/>.</param>
/// <param name="Workers">Registered actors that may be posted.</param>
/// <param name="Unregistered">An actor the directory does not know.</param>
/// <param name="Commands">The commands, in order.</param>
public sealed record GridScenario(
    AdministrativeCommunityId Community,
    AdministrativeCommunityId Neighbour,
    IReadOnlyList<BuildingId> Buildings,
    IReadOnlyList<BuildingId> NeighbourBuildings,
    IReadOnlyList<ActorId> Workers,
    ActorId Unregistered,
    IReadOnlyList<GridCommand> Commands)
{
    /// <summary>The directory the map's commands read: the community and the workers, from <paramref name="at"/>.</summary>
    /// <param name="at">Since when they exist.</param>
    /// <returns>The directory.</returns>
    public FixedCommunityDirectory Directory(Instant at) =>
        new FixedCommunityDirectory(at).Establish(CommunityUnit.Administrative(Community)).Register([.. Workers]);

    /// <summary>The coverage register that places <see cref="Buildings"/> in the community and the others in the neighbour.</summary>
    /// <param name="at">When.</param>
    /// <returns>The register.</returns>
    public CoverageRegister Coverage(Instant at)
    {
        var scope = Community.AreaCode.Parent.Parent;
        var district = CoverageWorld.EstablishDistrict(scope, [Community, Neighbour], at);
        var living = CoverageWorld.FoundLivingCommunity(new LivingCommunityId("GRID-LC"), Buildings.Concat(NeighbourBuildings), at);
        var register = CoverageRegister.Open(scope, new FixedCommunityDirectory(at).Establish(CommunityUnit.Administrative(scope)), at);
        foreach (var building in Buildings)
        {
            register.PlaceBuilding(building, living, Community, district, at);
        }

        foreach (var building in NeighbourBuildings)
        {
            register.PlaceBuilding(building, living, Neighbour, district, at);
        }

        return register;
    }

    /// <summary>Opens the map at <paramref name="at"/> and tries every command an hour apart, skipping those the map refuses.</summary>
    /// <param name="at">When the map opens.</param>
    /// <returns>The map, with every accepted command's event pending.</returns>
    public GridMap Run(Instant at)
    {
        var directory = Directory(at);
        var coverage = Coverage(at);
        var map = GridMap.Open(Community, directory, at);
        foreach (var command in Commands)
        {
            at += Duration.FromHours(1);
            try
            {
                command.ApplyTo(map, coverage, directory, at);
            }
            catch (DomainRuleViolationException)
            {
                // A refused command changes nothing; the scenario goes on with the next.
            }
        }

        return map;
    }

    /// <summary>The community, the world's size and the commands.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"GridScenario {{ Community = {Community}, Buildings = [{string.Join(" ", Buildings)}], NeighbourBuildings = [{string.Join(" ", NeighbourBuildings)}], " +
        $"Workers = [{string.Join(" ", Workers)}], Commands = [{string.Join(", ", Commands)}] }}";
}
