using CommunityGovernance.Rights;
using Microsoft.AspNetCore.Authorization;

namespace CommunityGovernance.AspNetCore.Authorization;

/// <summary>
/// "The user's actor holds <see cref="Power"/> over the resource's unit now": the requirement behind each policy of
/// <see cref="GovernancePolicies"/>, met by <see cref="GovernancePowerHandler"/>.
/// </summary>
/// <param name="power">The governance power (治理权的权能).</param>
public sealed class GovernancePowerRequirement(GovernancePower power) : IAuthorizationRequirement
{
    private static readonly GovernancePowerRequirement[] Cached =
        [.. Enum.GetValues<GovernancePower>().Select(p => new GovernancePowerRequirement(p))];

    /// <summary>The power.</summary>
    public GovernancePower Power { get; } = power;

    /// <summary>The shared requirement for a power, so a hot path allocates none.</summary>
    /// <param name="power">The power.</param>
    /// <returns>The requirement.</returns>
    public static GovernancePowerRequirement For(GovernancePower power) =>
        Array.Find(Cached, r => r.Power == power) ?? new GovernancePowerRequirement(power);

    /// <inheritdoc />
    public override string ToString() => $"Holds {Power}";
}
