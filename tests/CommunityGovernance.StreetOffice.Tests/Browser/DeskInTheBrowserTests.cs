using CommunityGovernance.Tests.Servers;
using Microsoft.Playwright;

namespace CommunityGovernance.StreetOffice.Tests.Browser;

/// <summary>
/// The desk in a real browser. Skipped with the reason when the machine has no Chromium; failed under <c>CI=true</c>.
/// With <c>CG_SCREENSHOTS=1</c> the walk also saves the main pages, phone-sized, to docs/screenshots/.
/// </summary>
public sealed class DeskInTheBrowserTests(LiveDesk desk) : IClassFixture<LiveDesk>
{
    private static readonly bool s_screenshots = Environment.GetEnvironmentVariable("CG_SCREENSHOTS") == "1";

    [SkippableFact]
    public async Task A_street_office_signs_in_raises_a_demand_routes_it_and_sees_it_in_the_response_field()
    {
        ServerRequirement.SkipUnlessAvailable(SystemChromium.UnavailableReason);
        var page = await desk.PhoneAsync();

        await SignInAsync(page, "JD-510115001");
        await Shot(page, "sign-in");
        await page.GotoAsync("/Demands");
        var raisedBefore = int.Parse(await page.GetByTestId("raised-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        await page.GetByTestId("subject").SelectOptionAsync("administrative:510115001001");
        await page.GetByTestId("category").SelectOptionAsync("PublicService");
        await page.GetByTestId("subcategory").FillAsync("路灯");
        await page.GetByTestId("text").FillAsync("小区门口路灯坏了，晚上看不见路。");
        await page.GetByTestId("raise").ClickAsync();
        await page.WaitForURLAsync("**/Demand/SQ-*");
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        Assert.Equal("Raised", await page.GetByTestId("demand-status").InnerTextAsync());
        Assert.Equal("小区门口路灯坏了，晚上看不见路。", await page.GetByTestId("demand-text").InnerTextAsync());

        await page.GetByTestId("assignee").SelectOptionAsync("JWH-510115001001");
        await page.GetByTestId("route").ClickAsync();
        await page.WaitForURLAsync($"**/Demand/{id}");
        Assert.Equal("Routed", await page.GetByTestId("demand-status").InnerTextAsync());
        Assert.Equal("JWH-510115001001", await page.GetByTestId("demand-assignee").InnerTextAsync());
        await Shot(page, "demand");

        await page.GotoAsync("/Demands");
        var row = page.Locator($"tr[data-demand='{id}']");
        Assert.Equal("Routed", await row.GetByTestId("status").InnerTextAsync());
        Assert.Equal(raisedBefore + 1, int.Parse(await page.GetByTestId("raised-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture));
        await Shot(page, "demands");

        await page.GotoAsync("/Communities");
        Assert.Contains("Heping", await page.GetByTestId("communities").InnerTextAsync(), StringComparison.Ordinal);
        await Shot(page, "communities");
    }

    [SkippableFact]
    public async Task An_order_the_rules_refuse_shows_its_rule_and_why()
    {
        ServerRequirement.SkipUnlessAvailable(SystemChromium.UnavailableReason);
        var page = await desk.PhoneAsync("zh-Hans");
        await page.GotoAsync("/culture?c=zh-Hans&returnUrl=/");

        await SignInAsync(page, "JD-510115004");
        await page.GotoAsync("/Orders");
        await page.GetByTestId("target").SelectOptionAsync("GUANGHUA-YIJIA");
        await page.GetByTestId("through").SelectOptionAsync("510115001001");
        await page.GetByTestId("power").SelectOptionAsync("TaskSetting");
        await page.GetByTestId("task").FillAsync("消防通道排查");
        await page.GetByTestId("sink").ClickAsync();

        Assert.Equal("OrderIssuerHoldsPower", await page.GetByTestId("refusal-rule").InnerTextAsync());
        Assert.Equal("行政指令只有在发令者当时对渠道所在社区拥有相应权能时才能下沉。", await page.GetByTestId("refusal-statement").InnerTextAsync());
        Assert.Contains("no scope of the actor's rights covers the unit", await page.GetByTestId("refusal-message").InnerTextAsync(), StringComparison.Ordinal);
        await Shot(page, "order-refused");

        await page.GotoAsync("/Why");
        await page.GetByTestId("why-power").SelectOptionAsync("TaskSetting");
        await page.GetByTestId("why-unit").SelectOptionAsync("living:GUANGHUA-YIJIA");
        await page.GetByTestId("ask").ClickAsync();
        Assert.Contains("no scope of the actor's rights covers the unit", await page.GetByTestId("why-sink").InnerTextAsync(), StringComparison.Ordinal);
        await Shot(page, "why");
    }

    [SkippableFact]
    public async Task A_street_office_sinks_an_order_through_a_covering_committee()
    {
        ServerRequirement.SkipUnlessAvailable(SystemChromium.UnavailableReason);
        var page = await desk.PhoneAsync();

        await SignInAsync(page, "JD-510115001");
        await page.GotoAsync("/Orders");
        await page.GetByTestId("target").SelectOptionAsync("GUANGHUA-YIJIA");
        await page.GetByTestId("through").SelectOptionAsync("510115001001");
        await page.GetByTestId("power").SelectOptionAsync("TimeScheduling");
        await page.GetByTestId("task").FillAsync("电梯维保排期");
        await page.GetByTestId("sink").ClickAsync();

        Assert.Contains("WJ-2026-510115001", await page.GetByTestId("sunk").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("电梯维保排期", await page.GetByTestId("orders").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task SignInAsync(IPage page, string actor)
    {
        await page.GotoAsync("/");
        if (await page.GetByTestId("sign-in").CountAsync() == 0)
        {
            await page.Locator("form[action*='SignOut'] button, form button[type=submit]").First.ClickAsync();
        }

        await page.GetByTestId("actor").SelectOptionAsync(actor);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.GetByTestId("welcome").WaitForAsync();
        Assert.Contains(actor, await page.GetByTestId("welcome").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task Shot(IPage page, string name)
    {
        if (!s_screenshots)
        {
            return;
        }

        var directory = Path.Combine(LiveDesk.DocsDirectory(), "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"street-office-{name}.png"), FullPage = true });
    }
}
