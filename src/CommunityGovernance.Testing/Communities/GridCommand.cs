using CommunityGovernance.Actors;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Grids;
using CommunityGovernance.Communities.Living;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// One command on a <see cref="GridMap"/>, as data, so that property tests can generate, print and shrink sequences
/// of them. A generated command may be one the map refuses (a grid drawn twice, a building of another community, a
/// worker reposted to the grid they work): that is the point.
/// </summary>
public abstract record GridCommand
{
    private protected GridCommand()
    {
    }

    /// <summary>Runs the command on the map.</summary>
    /// <param name="map">The map.</param>
    /// <param name="coverage">The coverage register the map reads when a building is placed.</param>
    /// <param name="directory">The directory the map reads when a worker is posted.</param>
    /// <param name="at">When.</param>
    public abstract void ApplyTo(GridMap map, CoverageRegister coverage, ICommunityDirectory directory, Instant at);

    /// <summary>Draw a grid.</summary>
    /// <param name="Grid">The grid.</param>
    public sealed record Draw(GridId Grid) : GridCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(GridMap map, CoverageRegister coverage, ICommunityDirectory directory, Instant at)
        {
            ArgumentNullException.ThrowIfNull(map);
            map.DrawGrid(Grid, $"网格{Grid}", at);
        }
    }

    /// <summary>Place a building in a grid.</summary>
    /// <param name="Building">The building.</param>
    /// <param name="Grid">The grid.</param>
    public sealed record Place(BuildingId Building, GridId Grid) : GridCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(GridMap map, CoverageRegister coverage, ICommunityDirectory directory, Instant at)
        {
            ArgumentNullException.ThrowIfNull(map);
            map.PlaceBuilding(Building, Grid, coverage, at);
        }
    }

    /// <summary>Move a building to another grid.</summary>
    /// <param name="Building">The building.</param>
    /// <param name="To">The grid.</param>
    public sealed record Move(BuildingId Building, GridId To) : GridCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(GridMap map, CoverageRegister coverage, ICommunityDirectory directory, Instant at)
        {
            ArgumentNullException.ThrowIfNull(map);
            map.MoveBuilding(Building, To, at);
        }
    }

    /// <summary>Take a building off the map.</summary>
    /// <param name="Building">The building.</param>
    public sealed record Withdraw(BuildingId Building) : GridCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(GridMap map, CoverageRegister coverage, ICommunityDirectory directory, Instant at)
        {
            ArgumentNullException.ThrowIfNull(map);
            map.WithdrawBuilding(Building, at);
        }
    }

    /// <summary>Post a grid worker.</summary>
    /// <param name="Worker">The worker.</param>
    /// <param name="Grid">The grid.</param>
    public sealed record Post(ActorId Worker, GridId Grid) : GridCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(GridMap map, CoverageRegister coverage, ICommunityDirectory directory, Instant at)
        {
            ArgumentNullException.ThrowIfNull(map);
            map.PostWorker(Worker, Grid, directory, at);
        }
    }

    /// <summary>Repost a grid worker.</summary>
    /// <param name="Worker">The worker.</param>
    /// <param name="To">The grid.</param>
    public sealed record Repost(ActorId Worker, GridId To) : GridCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(GridMap map, CoverageRegister coverage, ICommunityDirectory directory, Instant at)
        {
            ArgumentNullException.ThrowIfNull(map);
            map.RepostWorker(Worker, To, at);
        }
    }

    /// <summary>Stand a grid worker down.</summary>
    /// <param name="Worker">The worker.</param>
    public sealed record StandDown(ActorId Worker) : GridCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(GridMap map, CoverageRegister coverage, ICommunityDirectory directory, Instant at)
        {
            ArgumentNullException.ThrowIfNull(map);
            map.StandDownWorker(Worker, at);
        }
    }
}
