using CommunityGovernance.Communities;
using NodaTime;

namespace CommunityGovernance.AspNetCore.Authorization;

/// <summary>
/// A resource that names the community unit a governance power would be exercised over, so that
/// <see cref="GovernancePowerHandler"/> can authorize against it (a demand's subject, an order's jurisdiction).
/// </summary>
public interface INamesCommunityUnit
{
    /// <summary>The unit.</summary>
    CommunityUnit Unit { get; }

    /// <summary>The instant the power would be exercised at; <see langword="null"/> (the default) for now.</summary>
    Instant? At => null;
}
