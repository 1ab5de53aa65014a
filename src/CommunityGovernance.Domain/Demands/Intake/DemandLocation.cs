using Ardalis.GuardClauses;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands;

/// <summary>
/// Where the matter of a demand is (事发地点): an address as the raiser or the operator wrote it, and optionally a
/// point with its datum. Personal data: a case's place is often someone's home, so both members are marked
/// <see cref="PersonalDataAttribute"/> and <see cref="ToString"/> shows neither.
/// </summary>
/// <remarks>Two locations are equal when address and point are equal. This type is immutable.</remarks>
public sealed record DemandLocation
{
    /// <summary>The longest address accepted.</summary>
    public const int MaxAddressLength = 200;

    /// <summary>A location.</summary>
    /// <param name="address">The address text, 1 to <see cref="MaxAddressLength"/> characters.</param>
    /// <param name="coordinates">The point, with its datum, when known.</param>
    /// <exception cref="DomainRuleViolationException">The address is missing or too long, or the point is the default value.</exception>
    public DemandLocation([PersonalData] string address, [PersonalData] GeoPoint? coordinates = null)
    {
        Address = Guard.Against.MissingText(address, MaxAddressLength);
        Coordinates = coordinates is { } point ? Guard.Against.DefaultValue(point) : null;
    }

    /// <summary>The address text. Personal data.</summary>
    [PersonalData]
    public string Address { get; }

    /// <summary>The point, or <see langword="null"/>. Personal data.</summary>
    [PersonalData]
    public GeoPoint? Coordinates { get; }

    /// <summary>Always <see cref="DomainEvent.Redacted"/>: a location is personal data.</summary>
    /// <returns>The redaction marker.</returns>
    public override string ToString() => DomainEvent.Redacted;
}
