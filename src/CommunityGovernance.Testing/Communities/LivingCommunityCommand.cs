using CommunityGovernance.Communities.Living;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// One command on a <see cref="LivingCommunity"/>, as data. A generated step may add a unit twice or into a
/// compound or courtyard that does not exist: the living community must refuse it and change nothing.
/// </summary>
public abstract record LivingCommunityCommand
{
    private protected LivingCommunityCommand()
    {
    }

    /// <summary>Runs the step on the living community.</summary>
    /// <param name="community">The living community.</param>
    /// <param name="at">When.</param>
    public abstract void ApplyTo(LivingCommunity community, Instant at);

    /// <summary>Add a residential compound.</summary>
    /// <param name="Compound">The compound.</param>
    public sealed record AddCompound(CompoundId Compound) : LivingCommunityCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(LivingCommunity community, Instant at)
        {
            ArgumentNullException.ThrowIfNull(community);
            community.AddCompound(Compound, "小区 " + Compound, at);
        }
    }

    /// <summary>Add a courtyard to a compound.</summary>
    /// <param name="Courtyard">The courtyard.</param>
    /// <param name="Compound">Its compound.</param>
    public sealed record AddCourtyard(CourtyardId Courtyard, CompoundId Compound) : LivingCommunityCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(LivingCommunity community, Instant at)
        {
            ArgumentNullException.ThrowIfNull(community);
            community.AddCourtyard(Courtyard, Compound, "院落 " + Courtyard, at);
        }
    }

    /// <summary>Add a building to a compound, and maybe a courtyard.</summary>
    /// <param name="Building">The building.</param>
    /// <param name="Compound">Its compound.</param>
    /// <param name="Courtyard">Its courtyard, or <see langword="null"/>.</param>
    public sealed record AddBuilding(BuildingId Building, CompoundId Compound, CourtyardId? Courtyard) : LivingCommunityCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(LivingCommunity community, Instant at)
        {
            ArgumentNullException.ThrowIfNull(community);
            community.AddBuilding(Building, Compound, Courtyard, "楼栋 " + Building, at);
        }
    }
}
