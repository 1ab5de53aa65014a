using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Demands.Catalogue;

public sealed class ServiceCatalogueTests
{
    private static readonly ServiceDefinition s_noise = new(new ServiceCode("1001"), "噪音扰民", "城市管理", DemandCategory.OrderlyInteraction, ["噪音", "广场舞", "噪音"]);
    private static readonly ServiceDefinition s_lamp = new(new ServiceCode("2001"), "路灯损坏", "市政设施", DemandCategory.PublicService, ["路灯"]);

    [Fact]
    public void A_code_is_listed_once()
    {
        var duplicate = s_noise with { };

        var refusal = Assert.Throws<DomainRuleViolationException>(() => ServiceCatalogue.Of([s_noise, s_lamp, duplicate]));

        Assert.Equal(DemandRules.ServiceIsListedOnce, refusal.Rule);
    }

    [Fact]
    public void Looking_up_an_unlisted_code_names_the_rule()
    {
        var catalogue = ServiceCatalogue.Of([s_noise]);

        var refusal = Assert.Throws<DomainRuleViolationException>(() => catalogue[new ServiceCode("2001")]);

        Assert.Equal(DemandRules.ServiceIsInCatalogue, refusal.Rule);
        Assert.False(catalogue.TryFind(new ServiceCode("2001"), out _));
        Assert.Same(s_noise, catalogue[new ServiceCode("1001")]);
    }

    [Fact]
    public void With_replaces_a_service_in_place_and_appends_a_new_one()
    {
        var catalogue = ServiceCatalogue.Of([s_noise, s_lamp]);
        var renamed = new ServiceDefinition(new ServiceCode("1001"), "噪声污染", "城市管理", DemandCategory.StabilityAndOrder, []);
        var lift = new ServiceDefinition(new ServiceCode("3001"), "电梯故障", "物业管理", DemandCategory.PublicService, ["电梯"]);

        var changed = catalogue.With(renamed).With(lift);

        Assert.Equal(["1001", "2001", "3001"], changed.Services.Select(s => s.Code.Value));
        Assert.Equal("噪声污染", changed[new ServiceCode("1001")].Name);
        Assert.Equal("噪音扰民", catalogue[new ServiceCode("1001")].Name);
    }

    [Fact]
    public void Keywords_are_trimmed_and_kept_once_in_the_order_given()
    {
        var service = new ServiceDefinition(new ServiceCode("X"), "Noise", "Streets", DemandCategory.OrderlyInteraction, [" loud ", "music", "loud"]);

        Assert.Equal(["loud", "music"], service.Keywords);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_keyword_is_refused(string keyword)
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => new ServiceDefinition(new ServiceCode("X"), "Noise", "Streets", DemandCategory.OrderlyInteraction, [keyword]));

        Assert.Equal(KernelRules.TextIsRequired, refusal.Rule);
    }

    [Fact]
    public void An_unknown_category_is_refused()
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => new ServiceDefinition(new ServiceCode("X"), "Noise", "Streets", (DemandCategory)42, []));

        Assert.Equal(DemandRules.CategoryIsKnown, refusal.Rule);
    }

    [Fact]
    public void A_malformed_code_names_its_rule()
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => new ServiceCode("no spaces"));

        Assert.Equal(DemandRules.ServiceCodeIsWellFormed, refusal.Rule);
    }

    [Fact]
    public void Suggest_shortlists_by_name_or_keyword()
    {
        var catalogue = ServiceCatalogue.Example;

        Assert.Equal(["1001"], catalogue.Suggest("楼下广场舞每晚十点后还在放音乐").Select(s => s.Code.Value));
        Assert.Contains(catalogue.Suggest("3栋电梯困人了"), s => s.Code.Value == "3001");
        Assert.Empty(catalogue.Suggest("天气很好"));
    }

    [Fact]
    public void The_example_catalogue_is_sixteen_services_in_five_groups()
    {
        var catalogue = ServiceCatalogue.Example;

        Assert.Equal(16, catalogue.Count);
        Assert.Equal(5, catalogue.Services.Select(s => s.Group).Distinct().Count());
        Assert.Equal(catalogue.Services.Where(s => s.Category == DemandCategory.PublicService), catalogue.InCategory(DemandCategory.PublicService));
    }

    [ScaledProperty(Arbitrary = new[] { typeof(DemandArbitraries) })]
    public Property Every_listed_service_is_found_by_its_code_and_in_its_category(ServiceCatalogue catalogue) =>
        catalogue.Services.All(s => catalogue[s.Code] == s && catalogue.InCategory(s.Category).Contains(s))
            .Label($"{catalogue.Count} services");
}
