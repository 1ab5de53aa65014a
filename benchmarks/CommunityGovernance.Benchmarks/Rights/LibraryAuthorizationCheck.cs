using System.Security.Claims;
using CommunityGovernance.AspNetCore;
using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.Rights;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CommunityGovernance.Benchmarks.Rights;

/// <summary>
/// The same question through <c>CommunityGovernance.AspNetCore</c>: its <see cref="GovernancePowerRequirement"/>s met by
/// its <see cref="GovernancePowerHandler"/> over the rights index, asked through
/// <see cref="IAuthorizationService.AuthorizeAsync(ClaimsPrincipal, object?, IEnumerable{IAuthorizationRequirement})"/>
/// exactly as <see cref="AspNetCoreAuthorizationCheck"/> asks the plain-dictionary handler.
/// </summary>
public sealed class LibraryAuthorizationCheck : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IAuthorizationService _authorization;
    private readonly IAuthorizationRequirement[][] _requirements;
    private readonly Dictionary<string, ClaimsPrincipal> _principals = new(StringComparer.Ordinal);

    public LibraryAuthorizationCheck(IGovernanceRightsQuery rights)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddAuthorizationCore()
            .AddSingleton(rights)
            .AddSingleton<IClock>(SystemClock.Instance)
            .AddSingleton<IAuthorizationHandler, GovernancePowerHandler>();
        services.AddOptions<CommunityGovernanceOptions>();
        _services = services.BuildServiceProvider();
        _authorization = _services.GetRequiredService<IAuthorizationService>();
        _requirements = [[], .. Enum.GetValues<GovernancePower>().Select(p => new IAuthorizationRequirement[] { GovernancePowerRequirement.For(p) })];
    }

    /// <summary>Principals are made once per actor, as an authenticated request would carry one.</summary>
    public ClaimsPrincipal PrincipalOf(string actor)
    {
        if (!_principals.TryGetValue(actor, out var principal))
        {
            principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(GovernanceClaimTypes.Actor, actor)], "benchmark"));
            _principals[actor] = principal;
        }

        return principal;
    }

    public bool MayExercise(ClaimsPrincipal user, GovernancePower power, GovernanceResource resource) =>
        _authorization.AuthorizeAsync(user, resource, _requirements[(int)power]).GetAwaiter().GetResult().Succeeded;

    public void Dispose() => _services.Dispose();
}
