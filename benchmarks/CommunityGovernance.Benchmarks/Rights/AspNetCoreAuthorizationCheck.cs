using System.Security.Claims;
using CommunityGovernance.Communities;
using CommunityGovernance.Rights;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CommunityGovernance.Benchmarks.Rights;

/// <summary>
/// The same rule the way an ASP.NET Core vendor would write it: a requirement per power, a resource-based handler
/// that looks the actor's claim up in <see cref="PlainDictionaryCheck"/>, asked through
/// <see cref="IAuthorizationService.AuthorizeAsync(ClaimsPrincipal, object?, IEnumerable{IAuthorizationRequirement})"/>.
/// </summary>
public sealed class AspNetCoreAuthorizationCheck : IDisposable
{
    public const string ActorClaim = "actor";

    private readonly ServiceProvider _services;
    private readonly IAuthorizationService _authorization;
    private readonly IAuthorizationRequirement[][] _requirements;
    private readonly Dictionary<string, ClaimsPrincipal> _principals = new(StringComparer.Ordinal);

    public AspNetCoreAuthorizationCheck(PlainDictionaryCheck rights)
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddAuthorizationCore()
            .AddSingleton<IAuthorizationHandler>(new PowerHandler(rights))
            .BuildServiceProvider();
        _authorization = _services.GetRequiredService<IAuthorizationService>();
        _requirements = [[], .. Enum.GetValues<GovernancePower>().Select(p => new IAuthorizationRequirement[] { new PowerRequirement(p) })];
    }

    /// <summary>Principals are made once per actor, as an authenticated request would carry one.</summary>
    public ClaimsPrincipal PrincipalOf(string actor)
    {
        if (!_principals.TryGetValue(actor, out var principal))
        {
            principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ActorClaim, actor)], "benchmark"));
            _principals[actor] = principal;
        }

        return principal;
    }

    public bool MayExercise(ClaimsPrincipal user, GovernancePower power, UnitAt resource) =>
        _authorization.AuthorizeAsync(user, resource, _requirements[(int)power]).GetAwaiter().GetResult().Succeeded;

    public void Dispose() => _services.Dispose();

    public sealed record UnitAt(AreaCode Unit, Instant At);

    private sealed record PowerRequirement(GovernancePower Power) : IAuthorizationRequirement;

    private sealed class PowerHandler(PlainDictionaryCheck rights) : AuthorizationHandler<PowerRequirement, UnitAt>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PowerRequirement requirement, UnitAt resource)
        {
            var actor = context.User.FindFirst(ActorClaim)?.Value;
            if (actor is not null && rights.MayExercise(actor, requirement.Power, resource.Unit, resource.At))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}
