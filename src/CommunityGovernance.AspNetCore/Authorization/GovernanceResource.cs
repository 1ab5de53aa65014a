using CommunityGovernance.Communities;
using NodaTime;

namespace CommunityGovernance.AspNetCore.Authorization;

/// <summary>A unit, and optionally the instant, to authorize a governance power over.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="At">The instant; <see langword="null"/> for now.</param>
public sealed record GovernanceResource(CommunityUnit Unit, Instant? At = null) : INamesCommunityUnit;
