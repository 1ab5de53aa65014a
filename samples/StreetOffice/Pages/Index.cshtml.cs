using CommunityGovernance.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StreetOffice.Desk;

namespace StreetOffice.Pages;

/// <summary>The first page: the development sign-in, then the way to every other page.</summary>
public sealed class IndexModel : PageModel
{
    internal DeskAccount? Account => DeskAccounts.Find(User.FindFirst(GovernanceClaimTypes.Actor)?.Value);

    /// <summary>Shows the page.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in as one of the seeded actors.</summary>
    public async Task<IActionResult> OnPostAsync(string actor)
    {
        if (DeskAccounts.Find(actor) is not { } account)
        {
            return BadRequest();
        }

        await HttpContext.SignInAsync(DeskSignIn.CookieScheme, DeskSignIn.PrincipalOf(account, DeskSignIn.CookieScheme));
        return RedirectToPage("/Index");
    }

    /// <summary>Signs out.</summary>
    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(DeskSignIn.CookieScheme);
        return RedirectToPage("/Index");
    }
}
