using CommunityGovernance.Communities.Crossings;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// One answer to an <see cref="AdministrativeOrder"/>, as data. A generated step may come from an incomplete body,
/// give a blank or over-long reason, or answer an order already answered: the order must refuse it and change
/// nothing.
/// </summary>
public abstract record AdministrativeOrderCommand
{
    private protected AdministrativeOrderCommand()
    {
    }

    /// <summary>The self-governing body that answers.</summary>
    public abstract SelfGoverningBody By { get; }

    /// <summary>Runs the step on the order.</summary>
    /// <param name="order">The order.</param>
    /// <param name="at">When.</param>
    public abstract void ApplyTo(AdministrativeOrder order, Instant at);

    /// <summary>The living community's body accepts the order.</summary>
    /// <param name="By">The self-governing body.</param>
    public sealed record Accept(SelfGoverningBody By) : AdministrativeOrderCommand
    {
        /// <inheritdoc />
        public override SelfGoverningBody By { get; } = By;

        /// <inheritdoc />
        public override void ApplyTo(AdministrativeOrder order, Instant at)
        {
            ArgumentNullException.ThrowIfNull(order);
            order.Accept(By, at);
        }
    }

    /// <summary>The living community's body declines the order.</summary>
    /// <param name="By">The self-governing body.</param>
    /// <param name="Reason">Why.</param>
    public sealed record Decline(SelfGoverningBody By, string Reason) : AdministrativeOrderCommand
    {
        /// <inheritdoc />
        public override SelfGoverningBody By { get; } = By;

        /// <inheritdoc />
        public override void ApplyTo(AdministrativeOrder order, Instant at)
        {
            ArgumentNullException.ThrowIfNull(order);
            order.Decline(By, Reason, at);
        }
    }
}
