using Ardalis.GuardClauses;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands;

/// <summary>
/// How a demand was taken in (受理信息): channel, urgency, location and media, as a hotline operator or a grid
/// worker records them with the case.
/// </summary>
/// <remarks>Two intakes are equal when every member is equal. This type is immutable.</remarks>
public sealed record DemandIntake
{
    /// <summary>The most media references one demand carries.</summary>
    public const int MaxMedia = 20;

    /// <summary>An intake.</summary>
    /// <param name="channel">How the demand came in.</param>
    /// <param name="urgency">How urgent it is.</param>
    /// <param name="location">Where the matter is, when known.</param>
    /// <param name="media">References to photos or recordings, at most <see cref="MaxMedia"/>; duplicates are dropped.</param>
    /// <exception cref="DomainRuleViolationException">The channel or urgency is unknown, a reference is the default value, or there are too many.</exception>
    public DemandIntake(IntakeChannel channel, DemandUrgency urgency, DemandLocation? location = null, IEnumerable<MediaReference>? media = null)
    {
        Channel = Guard.Against.UnknownValue(channel, DemandRules.IntakeChannelIsKnown);
        Urgency = Guard.Against.UnknownValue(urgency, DemandRules.UrgencyIsKnown);
        Location = location;
        var references = (media ?? []).Select(m => Guard.Against.DefaultValue(m)).Distinct().ToArray();
        if (references.Length > MaxMedia)
        {
            throw new DomainRuleViolationException(DemandRules.MediaReferenceIsWellFormed, $"A demand carries at most {MaxMedia} media references.");
        }

        Media = new EquatableArray<MediaReference>(references);
    }

    /// <summary>How the demand came in.</summary>
    public IntakeChannel Channel { get; }

    /// <summary>How urgent it is.</summary>
    public DemandUrgency Urgency { get; }

    /// <summary>Where the matter is, or <see langword="null"/>. Personal data inside.</summary>
    public DemandLocation? Location { get; }

    /// <summary>References to photos or recordings, in the order given. Personal data inside.</summary>
    public EquatableArray<MediaReference> Media { get; }
}
