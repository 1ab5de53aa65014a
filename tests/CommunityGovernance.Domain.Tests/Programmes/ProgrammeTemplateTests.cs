using CommunityGovernance.Kernel;
using CommunityGovernance.Programmes;
using CommunityGovernance.Testing.Programmes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Programmes;

public sealed class ProgrammeTemplateTests
{
    [Fact]
    public void Wenjiang_ships_its_eight_items_in_order()
    {
        var template = WenjiangEightItems.Template;

        Assert.Equal(8, template.Items.Count);
        Assert.Equal(Enumerable.Range(1, 8), template.Items.Select(i => i.Number));
        Assert.Equal(
            ["社区发展治理思路", "社区标识", "社区歌曲", "居民公约", "社贤人物", "功能型社会组织", "楼居院示范点位", "市民中心"],
            template.Items.Select(i => i.ChineseName));
        Assert.True(template.Mandates("residents-convention"));
        Assert.False(template.Mandates("swimming-pool"));
    }

    [Fact]
    public void Items_of_a_programme_are_distinct()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => ProgrammeTemplate.Define("p", "P", [new MandatedItem(1, "a", "A", "甲"), new MandatedItem(2, "a", "B", "乙")]));
        Assert.Equal(ProgrammeRules.ItemsAreDistinct, error.Rule);

        error = Assert.Throws<DomainRuleViolationException>(() => ProgrammeTemplate.Define("p", "P", [new MandatedItem(1, "a", "A", "甲"), new MandatedItem(1, "b", "B", "乙")]));
        Assert.Equal(ProgrammeRules.ItemsAreDistinct, error.Rule);
    }

    [Fact]
    public void A_programme_mandates_at_least_one_well_formed_item()
    {
        Assert.Equal(ProgrammeRules.ItemsAreWellFormed, Assert.Throws<DomainRuleViolationException>(() => ProgrammeTemplate.Define("p", "P", [])).Rule);
        Assert.Equal(ProgrammeRules.ItemsAreWellFormed, Assert.Throws<DomainRuleViolationException>(() => new MandatedItem(0, "a", "A", "甲")).Rule);
        Assert.Equal(ProgrammeRules.ItemsAreWellFormed, Assert.Throws<DomainRuleViolationException>(() => new MandatedItem(1, "a b", "A", "甲")).Rule);
        Assert.Equal(KernelRules.TextIsRequired, Assert.Throws<DomainRuleViolationException>(() => new MandatedItem(1, "a", "A", " ")).Rule);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(ProgrammeArbitraries) })]
    public Property A_template_lists_its_items_by_number_with_distinct_keys(ProgrammeTemplate template)
    {
        var numbers = template.Items.Select(i => i.Number).ToList();
        return (numbers.SequenceEqual(numbers.Order())
                && template.Items.Select(i => i.Key).Distinct().Count() == template.Items.Count
                && template.Items.All(i => template.Mandates(i.Key))
                && ProgrammeTemplate.Define(template.Code, template.Name, template.Items.Reverse()) == template)
            .Label(template.Code);
    }
}
