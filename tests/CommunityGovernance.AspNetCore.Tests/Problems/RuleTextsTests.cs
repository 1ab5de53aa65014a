using System.Globalization;
using System.Reflection;
using System.Resources;
using CommunityGovernance.AspNetCore.Http;
using CommunityGovernance.AspNetCore.Problems;
using CommunityGovernance.Kernel;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.AspNetCore.Tests.Problems;

/// <summary>
/// Every rule the domain can raise has a statement in English and in Simplified Chinese, and a refusal reads in the
/// request's culture. The tables are found as the error catalogue's test finds them, so a rule added without its
/// texts fails here.
/// </summary>
public sealed class RuleTextsTests
{
    private static readonly CommunityGovernanceOptions s_options = new();

    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en");

    private static readonly CultureInfo s_chinese = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>Every rule table of the domain: the public static classes named <c>…Rules</c>.</summary>
    private static readonly IReadOnlyList<Type> s_tables =
        [.. typeof(DomainException).Assembly.GetExportedTypes().Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Rules", StringComparison.Ordinal))];

    private static readonly string[] s_rules =
        [.. s_tables.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Rules() => [.. s_rules];

    public static Arbitrary<string> RuleNames() => Gen.Elements(s_rules).ToArbitrary();

    [Fact]
    public void The_tables_are_found()
    {
        Assert.True(s_tables.Count >= 9, $"only {s_tables.Count} rule tables found");
        Assert.True(s_rules.Length >= 190, $"only {s_rules.Length} rules found");
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_rule_states_itself_in_English_and_in_Simplified_Chinese(string rule)
    {
        // Each culture's own file, without falling back: a rule missing from zh-Hans must not pass on its English.
        var english = Own(CultureInfo.InvariantCulture).GetString("Rule." + rule);
        var chinese = Own(s_chinese).GetString("Rule." + rule);

        Assert.False(string.IsNullOrWhiteSpace(english), $"ProblemTexts.resx has no Rule.{rule}");
        Assert.False(string.IsNullOrWhiteSpace(chinese), $"ProblemTexts.zh-Hans.resx has no Rule.{rule}");
        Assert.DoesNotContain(english, c => IsHan(c));
        Assert.Contains(chinese, c => IsHan(c));
        Assert.NotEqual(rule, english);
    }

    [Fact]
    public void The_texts_name_no_rule_the_tables_do_not_have()
    {
        foreach (var culture in new[] { CultureInfo.InvariantCulture, s_chinese })
        {
            var keys = Own(culture).Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Where(k => k.StartsWith("Rule.", StringComparison.Ordinal));

            Assert.Empty(keys.Select(k => k["Rule.".Length..]).Except(s_rules, StringComparer.Ordinal));
        }
    }

    // In Chinese (however the request names it), the title is the rule's Chinese statement and the detail a Chinese
    // sentence carrying it, never the English message; in English, the statement and the domain's own message.
    [ScaledProperty(Arbitrary = [typeof(RuleTextsTests)])]
    public Property A_refusal_reads_in_the_request_s_culture(string rule, NonEmptyString message, bool chinese, byte variant)
    {
        var culture = chinese ? CultureInfo.GetCultureInfo(new[] { "zh-Hans", "zh-CN", "zh" }[variant % 3]) : CultureInfo.GetCultureInfo(new[] { "en", "en-US", "en-GB" }[variant % 3]);
        var violation = new DomainRuleViolationException(rule, "[" + message.Get + "]");
        var problem = InCulture(culture, () => GovernanceProblemExceptionHandler.ProblemFor(violation, s_options)!);
        var statement = Own(chinese ? s_chinese : CultureInfo.InvariantCulture).GetString("Rule." + rule)!;

        var holds = chinese
            ? problem.Title == statement && problem.Detail!.Contains(statement, StringComparison.Ordinal) && !problem.Detail.Contains("[" + message.Get + "]", StringComparison.Ordinal) && problem.Detail.Any(IsHan)
            : problem.Title == statement && problem.Detail == violation.Message;
        return holds.Label($"{culture.Name} {rule}: {problem.Title} / {problem.Detail}");
    }

    [Fact]
    public void A_stale_version_and_a_conflict_read_in_Chinese_too()
    {
        var stale = InCulture(s_chinese, () => GovernanceProblemExceptionHandler.ProblemFor(new PreconditionFailedException(4, "If-Match \"3\" does not match"), s_options)!);
        var conflict = InCulture(s_chinese, () => GovernanceProblemExceptionHandler.ProblemFor(new ConcurrencyConflictException("demand/SQ-1", 3, 4), s_options)!);

        Assert.Equal("您读取的版本已不是最新版本。", stale.Title);
        Assert.Equal("请求所依据的版本已不是当前版本 \"4\"，请重新读取后再试。", stale.Detail);
        Assert.Equal("已有他人先行修改。", conflict.Title);
        Assert.Equal("请求未被执行，因其违反了治理规则：修改只能保存在其所依据的版本之上。", conflict.Detail);
    }

    [Fact]
    public void A_vendor_s_texts_override_the_library_s_and_add_a_culture()
    {
        var options = new CommunityGovernanceOptions();
        options.ProblemTexts.Add(new ResourceManager("CommunityGovernance.AspNetCore.Tests.Problems.VendorTexts", typeof(RuleTextsTests).Assembly));
        var violation = new DomainRuleViolationException(KernelRules.TextIsRequired, "A text is required.");
        var other = new DomainRuleViolationException(KernelRules.ValueIsRequired, "A value is required.");

        var french = InCulture(CultureInfo.GetCultureInfo("fr"), () => GovernanceProblemExceptionHandler.ProblemFor(violation, options)!);
        var english = InCulture(s_english, () => GovernanceProblemExceptionHandler.ProblemFor(violation, options)!);
        var untouched = InCulture(s_chinese, () => GovernanceProblemExceptionHandler.ProblemFor(other, options)!);
        var notHidden = InCulture(s_chinese, () => GovernanceProblemExceptionHandler.ProblemFor(violation, options)!);

        Assert.Equal("Un texte est requis.", french.Title);
        Assert.Equal("La demande est refusée : Un texte est requis.", french.Detail);
        Assert.Equal("Write some text.", english.Title);
        Assert.Equal("必须提供这一值。", untouched.Title);
        Assert.Equal("必须填写这段文字，不能为空或只有空白。", notHidden.Title); // The vendor's English does not hide the library's Chinese.
    }

    private static ResourceSet Own(CultureInfo culture) =>
        ProblemTexts.Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
        ?? throw new InvalidOperationException($"no problem texts for {culture.Name}");

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }
}
