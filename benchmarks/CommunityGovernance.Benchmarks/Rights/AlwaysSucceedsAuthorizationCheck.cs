using System.Security.Claims;
using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.Rights;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityGovernance.Benchmarks.Rights;

/// <summary>
/// <c>AuthorizeAsync</c> with the library's requirements and a handler that succeeds without looking at anything: what
/// the framework costs on its own, to report apart from the check.
/// </summary>
public sealed class AlwaysSucceedsAuthorizationCheck : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IAuthorizationService _authorization;
    private readonly IAuthorizationRequirement[][] _requirements;

    public AlwaysSucceedsAuthorizationCheck()
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddAuthorizationCore()
            .AddSingleton<IAuthorizationHandler, Succeeds>()
            .BuildServiceProvider();
        _authorization = _services.GetRequiredService<IAuthorizationService>();
        _requirements = [[], .. Enum.GetValues<GovernancePower>().Select(p => new IAuthorizationRequirement[] { GovernancePowerRequirement.For(p) })];
    }

    public bool MayExercise(ClaimsPrincipal user, GovernancePower power, GovernanceResource resource) =>
        _authorization.AuthorizeAsync(user, resource, _requirements[(int)power]).GetAwaiter().GetResult().Succeeded;

    public void Dispose() => _services.Dispose();

    private sealed class Succeeds : AuthorizationHandler<GovernancePowerRequirement, GovernanceResource>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, GovernancePowerRequirement requirement, GovernanceResource resource)
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }
    }
}
