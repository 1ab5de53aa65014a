using CommunityGovernance.Programmes;
using NodaTime;

namespace CommunityGovernance.Testing.Programmes;

/// <summary>
/// One command on a <see cref="ProgrammeFulfilment"/>, as data. A generated step may name an item the programme
/// does not mandate, or fulfil an item too early or twice: the fulfilment must refuse those and change nothing.
/// </summary>
public abstract record ProgrammeCommand
{
    private protected ProgrammeCommand()
    {
    }

    /// <summary>The item's key the step is about.</summary>
    public abstract string Item { get; }

    /// <summary>Runs the step on the fulfilment.</summary>
    /// <param name="fulfilment">The fulfilment.</param>
    /// <param name="at">When.</param>
    public abstract void ApplyTo(ProgrammeFulfilment fulfilment, Instant at);

    /// <summary>Record the community's content for an item.</summary>
    /// <param name="Item">The item's key.</param>
    /// <param name="Content">The content.</param>
    public sealed record RecordContent(string Item, string Content) : ProgrammeCommand
    {
        /// <inheritdoc />
        public override string Item { get; } = Item;

        /// <inheritdoc />
        public override void ApplyTo(ProgrammeFulfilment fulfilment, Instant at)
        {
            ArgumentNullException.ThrowIfNull(fulfilment);
            fulfilment.RecordContent(Item, Content, at);
        }
    }

    /// <summary>Add evidence for an item.</summary>
    /// <param name="Item">The item's key.</param>
    /// <param name="Evidence">The evidence.</param>
    /// <param name="On">The day it is of.</param>
    public sealed record AddEvidence(string Item, string Evidence, LocalDate On) : ProgrammeCommand
    {
        /// <inheritdoc />
        public override string Item { get; } = Item;

        /// <inheritdoc />
        public override void ApplyTo(ProgrammeFulfilment fulfilment, Instant at)
        {
            ArgumentNullException.ThrowIfNull(fulfilment);
            fulfilment.AddEvidence(Item, Evidence, On, at);
        }
    }

    /// <summary>Declare an item fulfilled.</summary>
    /// <param name="Item">The item's key.</param>
    /// <param name="On">The day.</param>
    public sealed record MarkFulfilled(string Item, LocalDate On) : ProgrammeCommand
    {
        /// <inheritdoc />
        public override string Item { get; } = Item;

        /// <inheritdoc />
        public override void ApplyTo(ProgrammeFulfilment fulfilment, Instant at)
        {
            ArgumentNullException.ThrowIfNull(fulfilment);
            fulfilment.MarkFulfilled(Item, On, at);
        }
    }
}
