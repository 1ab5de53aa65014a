using Xunit;

namespace CommunityGovernance.Tests.Servers;

/// <summary>
/// The xunit collection whose test classes share one <see cref="PostgresServer"/>: mark a class with
/// <c>[Collection(PostgresServerCollectionDefinition.Name)]</c> and take the server in its constructor. xunit creates the
/// fixture once for the collection and disposes it after the collection's last test.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresServerCollectionDefinition : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "PostgreSQL server";
}
