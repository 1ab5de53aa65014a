using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// One command on a <see cref="CoverageRegister"/>, as data, so that property tests can generate, print and shrink
/// sequences of them. A generated command may be one the register refuses (placing a building twice, moving an
/// unknown one): that is the point.
/// </summary>
public abstract record CoverageCommand
{
    private protected CoverageCommand()
    {
    }

    /// <summary>Runs the command on the register.</summary>
    /// <param name="register">The register.</param>
    /// <param name="world">The district and living communities the command reads.</param>
    /// <param name="at">When.</param>
    public abstract void ApplyTo(CoverageRegister register, CoverageWorld world, Instant at);

    /// <summary>Place a building in a jurisdiction.</summary>
    /// <param name="Building">The building.</param>
    /// <param name="LivingCommunity">Its living community.</param>
    /// <param name="Jurisdiction">The jurisdiction.</param>
    public sealed record Place(BuildingId Building, LivingCommunityId LivingCommunity, AdministrativeCommunityId Jurisdiction) : CoverageCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(CoverageRegister register, CoverageWorld world, Instant at)
        {
            ArgumentNullException.ThrowIfNull(register);
            ArgumentNullException.ThrowIfNull(world);
            register.PlaceBuilding(Building, world.LivingCommunities[LivingCommunity], Jurisdiction, world.District, at);
        }
    }

    /// <summary>Move a building to another jurisdiction.</summary>
    /// <param name="Building">The building.</param>
    /// <param name="To">The jurisdiction.</param>
    public sealed record Move(BuildingId Building, AdministrativeCommunityId To) : CoverageCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(CoverageRegister register, CoverageWorld world, Instant at)
        {
            ArgumentNullException.ThrowIfNull(register);
            ArgumentNullException.ThrowIfNull(world);
            register.MoveBuilding(Building, To, world.District, at);
        }
    }

    /// <summary>Withdraw a building from the register.</summary>
    /// <param name="Building">The building.</param>
    public sealed record Withdraw(BuildingId Building) : CoverageCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(CoverageRegister register, CoverageWorld world, Instant at)
        {
            ArgumentNullException.ThrowIfNull(register);
            register.WithdrawBuilding(Building, at);
        }
    }
}

/// <summary>
/// A coverage register's scope, the world its commands read (the communities the district establishes, the buildings
/// each living community has) and a sequence of commands on it.
/// </summary>
/// <param name="Scope">The district the register covers.</param>
/// <param name="Established">The administrative communities the district establishes; a command may name others.</param>
/// <param name="Buildings">Each living community's buildings; a command may place a building under another community.</param>
/// <param name="Commands">The commands, in order.</param>
public sealed record CoverageScenario(
    AreaCode Scope,
    IReadOnlyList<AdministrativeCommunityId> Established,
    IReadOnlyList<KeyValuePair<LivingCommunityId, BuildingId[]>> Buildings,
    IReadOnlyList<CoverageCommand> Commands)
{
    /// <summary>Builds the district and the living communities, as of <paramref name="at"/>.</summary>
    /// <param name="at">When they are established and founded.</param>
    /// <returns>The world.</returns>
    public CoverageWorld BuildWorld(Instant at) => new(
        CoverageWorld.EstablishDistrict(Scope, Established, at),
        Buildings.ToDictionary(p => p.Key, p => CoverageWorld.FoundLivingCommunity(p.Key, p.Value, at)));

    /// <summary>Whether <paramref name="livingCommunity"/> has <paramref name="building"/> in this scenario's world.</summary>
    /// <param name="livingCommunity">The living community.</param>
    /// <param name="building">The building.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Has(LivingCommunityId livingCommunity, BuildingId building) =>
        Buildings.Any(p => p.Key == livingCommunity && p.Value.Contains(building));

    /// <summary>The scope, the world's size and the commands.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"CoverageScenario {{ Scope = {Scope}, Established = [{string.Join(", ", Established)}], " +
        $"Buildings = [{string.Join("; ", Buildings.Select(p => $"{p.Key}: {string.Join(" ", p.Value)}"))}], Commands = [{string.Join(", ", Commands)}] }}";
}

/// <summary>What coverage commands read: the district that establishes the jurisdictions, and the living communities with their buildings.</summary>
/// <param name="District">The district.</param>
/// <param name="LivingCommunities">The living communities, by id.</param>
public sealed record CoverageWorld(District District, IReadOnlyDictionary<LivingCommunityId, LivingCommunity> LivingCommunities)
{
    /// <summary>A district that establishes <paramref name="communities"/> and their streets, as a register's commands read it.</summary>
    /// <param name="code">The district's code.</param>
    /// <param name="communities">The administrative communities it establishes (repeats are ignored).</param>
    /// <param name="at">When.</param>
    /// <returns>The district.</returns>
    public static District EstablishDistrict(AreaCode code, IEnumerable<AdministrativeCommunityId> communities, Instant at)
    {
        ArgumentNullException.ThrowIfNull(communities);
        var distinct = communities.Distinct().ToList();
        var district = District.Establish(code, $"区{code}", at);
        foreach (var street in distinct.Select(c => c.StreetCode).Distinct())
        {
            district.EstablishStreet(street, $"街道{street}", at);
        }

        foreach (var community in distinct)
        {
            district.EstablishCommunity(community, $"社区{community}", at);
        }

        return district;
    }

    /// <summary>A living community founded with one compound holding <paramref name="buildings"/>.</summary>
    /// <param name="id">The living community.</param>
    /// <param name="buildings">Its buildings (repeats are ignored).</param>
    /// <param name="at">When.</param>
    /// <returns>The living community.</returns>
    public static LivingCommunity FoundLivingCommunity(LivingCommunityId id, IEnumerable<BuildingId> buildings, Instant at)
    {
        ArgumentNullException.ThrowIfNull(buildings);
        var living = LivingCommunity.Found(id, $"小区{id}", at);
        var compound = new CompoundId("C-1");
        living.AddCompound(compound, "一期", at);
        foreach (var building in buildings.Distinct())
        {
            living.AddBuilding(building, compound, null, $"{building}", at);
        }

        return living;
    }
}
