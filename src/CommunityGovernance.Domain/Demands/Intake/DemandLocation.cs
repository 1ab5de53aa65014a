using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands;

/// <summary>
/// Where the matter of a demand is (事发地点): an address as the raiser or the operator wrote it, and optionally a
/// point with its datum, and the building (楼栋) it is in when the desk knows it, by which a grid worker's case is routed
/// to the building's grid (<see cref="Communities.Grids.GridMap.RouteOf(Demand)"/>). Personal data: a case's place is often someone's home, so both members are marked
/// <see cref="PersonalDataAttribute"/> and <see cref="ToString"/> shows neither.
/// </summary>
/// <remarks>Two locations are equal when address, point and building are equal. This type is immutable.</remarks>
public sealed record DemandLocation
{
    /// <summary>The longest address accepted.</summary>
    public const int MaxAddressLength = 200;

    /// <summary>A location.</summary>
    /// <param name="address">The address text, 1 to <see cref="MaxAddressLength"/> characters.</param>
    /// <param name="coordinates">The point, with its datum, when known.</param>
    /// <param name="building">The building the matter is in, when known.</param>
    /// <exception cref="DomainRuleViolationException">The address is missing or too long, or the point or the building is the default value.</exception>
    public DemandLocation([PersonalData] string address, [PersonalData] GeoPoint? coordinates = null, BuildingId? building = null)
    {
        Address = Guard.Against.MissingText(address, MaxAddressLength);
        Coordinates = coordinates is { } point ? Guard.Against.DefaultValue(point) : null;
        Building = building is { } id ? Guard.Against.MissingId(id) : null;
    }

    /// <summary>The address text. Personal data.</summary>
    [PersonalData]
    public string Address { get; }

    /// <summary>The point, or <see langword="null"/>. Personal data.</summary>
    [PersonalData]
    public GeoPoint? Coordinates { get; }

    /// <summary>The building the matter is in, or <see langword="null"/> when not known (and in locations stored before buildings were recorded).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BuildingId? Building { get; }

    /// <summary>Always <see cref="DomainEvent.Redacted"/>: a location is personal data.</summary>
    /// <returns>The redaction marker.</returns>
    public override string ToString() => DomainEvent.Redacted;
}
