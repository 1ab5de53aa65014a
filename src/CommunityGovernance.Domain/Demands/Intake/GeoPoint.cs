using System.Globalization;
using System.Text.Json.Serialization;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands;

/// <summary>A point on the earth with the datum it is given in (坐标).</summary>
/// <remarks>
/// Latitude is in [-90, 90] and longitude in [-180, 180] degrees, both finite, and the datum is one of
/// <see cref="GeodeticDatum"/>. Two points are equal when latitude, longitude and datum are equal: the same numbers
/// in two datums are two places. The default value is no point and is refused wherever one is required.
/// </remarks>
public readonly record struct GeoPoint
{
    /// <summary>A point.</summary>
    /// <param name="latitude">Degrees north, in [-90, 90].</param>
    /// <param name="longitude">Degrees east, in [-180, 180].</param>
    /// <param name="datum">The datum the numbers are given in.</param>
    /// <exception cref="DomainRuleViolationException">A number is out of range or not finite, or the datum unknown (<see cref="DemandRules.GeoPointIsWellFormed"/>).</exception>
    [JsonConstructor]
    public GeoPoint(double latitude, double longitude, GeodeticDatum datum)
    {
        if (!double.IsFinite(latitude) || !double.IsFinite(longitude) || latitude is < -90 or > 90 || longitude is < -180 or > 180 || !Enum.IsDefined(datum))
        {
            throw new DomainRuleViolationException(DemandRules.GeoPointIsWellFormed, "A point has a latitude in [-90, 90], a longitude in [-180, 180] and a known datum.");
        }

        (Latitude, Longitude, Datum) = (latitude, longitude, datum);
    }

    /// <summary>Degrees north.</summary>
    public double Latitude { get; }

    /// <summary>Degrees east.</summary>
    public double Longitude { get; }

    /// <summary>The datum the numbers are given in.</summary>
    public GeodeticDatum Datum { get; }

    /// <summary>The numbers and the datum, e.g. <c>30.68, 103.85 (Wgs84)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Latitude}, {Longitude} ({Datum})");
}
