using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
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
    /// <param name="at">When.</param>
    public abstract void ApplyTo(CoverageRegister register, Instant at);

    /// <summary>Place a building in a jurisdiction.</summary>
    /// <param name="Building">The building.</param>
    /// <param name="LivingCommunity">Its living community.</param>
    /// <param name="Jurisdiction">The jurisdiction.</param>
    public sealed record Place(BuildingId Building, LivingCommunityId LivingCommunity, AdministrativeCommunityId Jurisdiction) : CoverageCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(CoverageRegister register, Instant at)
        {
            ArgumentNullException.ThrowIfNull(register);
            register.PlaceBuilding(Building, LivingCommunity, Jurisdiction, at);
        }
    }

    /// <summary>Move a building to another jurisdiction.</summary>
    /// <param name="Building">The building.</param>
    /// <param name="To">The jurisdiction.</param>
    public sealed record Move(BuildingId Building, AdministrativeCommunityId To) : CoverageCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(CoverageRegister register, Instant at)
        {
            ArgumentNullException.ThrowIfNull(register);
            register.MoveBuilding(Building, To, at);
        }
    }

    /// <summary>Withdraw a building from the register.</summary>
    /// <param name="Building">The building.</param>
    public sealed record Withdraw(BuildingId Building) : CoverageCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(CoverageRegister register, Instant at)
        {
            ArgumentNullException.ThrowIfNull(register);
            register.WithdrawBuilding(Building, at);
        }
    }
}

/// <summary>A coverage register's scope and a sequence of commands on it.</summary>
/// <param name="Scope">The district the register covers.</param>
/// <param name="Commands">The commands, in order.</param>
public sealed record CoverageScenario(AreaCode Scope, IReadOnlyList<CoverageCommand> Commands)
{
    /// <summary>The scope and the number of commands; the commands themselves print through <see cref="Commands"/>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"CoverageScenario {{ Scope = {Scope}, Commands = [{string.Join(", ", Commands)}] }}";
}
