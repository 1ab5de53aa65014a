using System.Globalization;

namespace CommunityGovernance.Storage.Marten;

/// <summary>
/// The names under which the library's events sit in Marten's <c>mt_events.type</c> column: the event's stable name
/// (its class name) for schema version 1, and <c>Name.v{N}</c> for version N from 2 on. The schema version thus
/// travels in the one column Marten resolves types and upcasters by, so every stored shape has a name of its own.
/// </summary>
/// <remarks>
/// A name carries no namespace or assembly: moving or renaming nothing but the CLR namespace of an event changes
/// no stored row. Names of older versions are read through the serializer's <see cref="IEventUpcaster"/> chain.
/// </remarks>
public static class MartenEventTypeNames
{
    private const string VersionMark = ".v";

    /// <summary>The Marten type name of an event's stored shape.</summary>
    /// <param name="eventType">The stable name, e.g. <c>DemandRaised</c>.</param>
    /// <param name="schemaVersion">The schema version, 1 or more.</param>
    /// <returns><c>DemandRaised</c> for version 1, <c>DemandRaised.v2</c> for version 2, and so on.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The version is below 1.</exception>
    public static string For(string eventType, int schemaVersion)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        ArgumentOutOfRangeException.ThrowIfLessThan(schemaVersion, 1);
        return schemaVersion == 1 ? eventType : string.Create(CultureInfo.InvariantCulture, $"{eventType}{VersionMark}{schemaVersion}");
    }

    /// <summary>Splits a Marten type name into the stable name and the schema version.</summary>
    /// <param name="martenTypeName">The stored name.</param>
    /// <returns>The stable name and the version: version 1 for a name without a version mark.</returns>
    public static (string EventType, int SchemaVersion) Parse(string martenTypeName)
    {
        ArgumentNullException.ThrowIfNull(martenTypeName);
        var mark = martenTypeName.LastIndexOf(VersionMark, StringComparison.Ordinal);
        return mark > 0
            && int.TryParse(martenTypeName.AsSpan(mark + VersionMark.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            && version >= 2
            ? (martenTypeName[..mark], version)
            : (martenTypeName, 1);
    }
}
