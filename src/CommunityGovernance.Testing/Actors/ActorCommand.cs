using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Demands;
using NodaTime;

namespace CommunityGovernance.Testing.Actors;

/// <summary>
/// One command on an <see cref="Actor"/>, as data. A generated step may name an unknown category or post, assign a
/// responsibility twice or withdraw one not held, join a resident or the actor itself, overlap an open post, leave a
/// post never held, or move an organisation's residence: the actor must refuse it and change nothing.
/// </summary>
public abstract record ActorCommand
{
    private protected ActorCommand()
    {
    }

    /// <summary>Runs the step on the actor.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="directory">What exists, for the steps that name a unit.</param>
    /// <param name="at">When.</param>
    public abstract void ApplyTo(Actor actor, ICommunityDirectory directory, Instant at);

    /// <summary>Assign a responsibility for a category of demands in a unit.</summary>
    /// <param name="Category">The category.</param>
    /// <param name="Unit">The unit.</param>
    public sealed record AssignResponsibility(DemandCategory Category, CommunityUnit Unit) : ActorCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(Actor actor, ICommunityDirectory directory, Instant at)
        {
            ArgumentNullException.ThrowIfNull(actor);
            actor.AssignResponsibility(Category, Unit, directory, at);
        }
    }

    /// <summary>Withdraw a responsibility.</summary>
    /// <param name="Category">The category.</param>
    /// <param name="Unit">The unit.</param>
    public sealed record WithdrawResponsibility(DemandCategory Category, CommunityUnit Unit) : ActorCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(Actor actor, ICommunityDirectory directory, Instant at)
        {
            ArgumentNullException.ThrowIfNull(actor);
            actor.WithdrawResponsibility(Category, Unit, at);
        }
    }

    /// <summary>Declare an interest in a category of demands.</summary>
    /// <param name="Category">The category.</param>
    public sealed record DeclareInterest(DemandCategory Category) : ActorCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(Actor actor, ICommunityDirectory directory, Instant at)
        {
            ArgumentNullException.ThrowIfNull(actor);
            actor.DeclareInterest(Category, at);
        }
    }

    /// <summary>Join an organisation in a post from a day.</summary>
    /// <param name="Organisation">The organisation (or, to be refused, a resident or the actor itself).</param>
    /// <param name="Post">The post.</param>
    /// <param name="From">The first day.</param>
    public sealed record JoinOrganisation(Actor Organisation, Post Post, LocalDate From) : ActorCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(Actor actor, ICommunityDirectory directory, Instant at)
        {
            ArgumentNullException.ThrowIfNull(actor);
            actor.JoinOrganisation(Organisation, Post, From, at);
        }
    }

    /// <summary>Leave a post in an organisation on a day.</summary>
    /// <param name="Organisation">The organisation's id.</param>
    /// <param name="Post">The post.</param>
    /// <param name="Until">The last day.</param>
    public sealed record LeaveOrganisation(ActorId Organisation, Post Post, LocalDate Until) : ActorCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(Actor actor, ICommunityDirectory directory, Instant at)
        {
            ArgumentNullException.ThrowIfNull(actor);
            actor.LeaveOrganisation(Organisation, Post, Until, at);
        }
    }

    /// <summary>Move a resident's actual residence.</summary>
    /// <param name="Residence">The new residence.</param>
    public sealed record MoveResidence(Residence Residence) : ActorCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(Actor actor, ICommunityDirectory directory, Instant at)
        {
            ArgumentNullException.ThrowIfNull(actor);
            actor.MoveResidence(Residence, directory, at);
        }
    }
}
