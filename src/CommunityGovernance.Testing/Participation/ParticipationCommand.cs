using CommunityGovernance.Participation;
using NodaTime;

namespace CommunityGovernance.Testing.Participation;

/// <summary>
/// One command on a <see cref="ParticipationProfile"/>, as data. A generated step may record evidence from another
/// community or under a reference already recorded, or retract evidence never recorded or with a blank reason: the
/// profile must refuse it and change nothing.
/// </summary>
public abstract record ParticipationCommand
{
    private protected ParticipationCommand()
    {
    }

    /// <summary>Runs the step on the profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="at">When.</param>
    public abstract void ApplyTo(ParticipationProfile profile, Instant at);

    /// <summary>Record a piece of evidence.</summary>
    /// <param name="Evidence">The evidence.</param>
    public sealed record Record(ParticipationEvidence Evidence) : ParticipationCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(ParticipationProfile profile, Instant at)
        {
            ArgumentNullException.ThrowIfNull(profile);
            profile.Record(Evidence, at);
        }
    }

    /// <summary>Retract a piece of evidence by its reference.</summary>
    /// <param name="Reference">The reference (may be padded, blank or never recorded).</param>
    /// <param name="Reason">Why (may be blank).</param>
    public sealed record Retract(string Reference, string Reason) : ParticipationCommand
    {
        /// <inheritdoc />
        public override void ApplyTo(ParticipationProfile profile, Instant at)
        {
            ArgumentNullException.ThrowIfNull(profile);
            profile.Retract(Reference, Reason, at);
        }
    }
}
