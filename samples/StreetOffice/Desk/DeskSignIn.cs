using System.Security.Claims;
using System.Text.Encodings.Web;
using CommunityGovernance.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace StreetOffice.Desk;

/// <summary>
/// The desk's development sign-in: pick one of <see cref="DeskAccounts"/> on the first page (a cookie), or name one in
/// the <c>X-Desk-Actor</c> header of an API call. No passwords: this is a sample's sign-in, not a real one.
/// </summary>
internal static class DeskSignIn
{
    public const string Scheme = "Desk";
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string HeaderScheme = "DeskHeader";
    public const string ActorHeader = "X-Desk-Actor";

    /// <summary>The principal of a seeded account: its actor id in the library's actor claim.</summary>
    public static ClaimsPrincipal PrincipalOf(DeskAccount account, string scheme) =>
        new(new ClaimsIdentity(
            [new Claim(GovernanceClaimTypes.Actor, account.Actor.Value), new Claim(ClaimTypes.Name, account.English)],
            scheme));

    public static AuthenticationBuilder AddDeskSignIn(this IServiceCollection services) =>
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Desk sign-in", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ActorHeader) ? HeaderScheme : CookieScheme)
            .AddCookie(CookieScheme, cookie =>
            {
                cookie.LoginPath = "/";
                cookie.AccessDeniedPath = "/Denied";
                cookie.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, HeaderHandler>(HeaderScheme, null);

    // An API call is answered with its status; a page is sent to the sign-in or the refusal page.
    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/open311"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private sealed class HeaderHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(ActorHeader, out var actor))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            return Task.FromResult(DeskAccounts.Find(actor.ToString()) is { } account
                ? AuthenticateResult.Success(new AuthenticationTicket(PrincipalOf(account, HeaderScheme), HeaderScheme))
                : AuthenticateResult.Fail("Not one of the desk's accounts."));
        }
    }
}
