using Ardalis.GuardClauses;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// A governance technique (治理术): a named way of governing that applies one or more governance tools. Good
/// technique lets every actor's rights be expressed.
/// </summary>
/// <remarks>Two techniques are equal when their names and their tools, in order, are equal.</remarks>
public sealed record GovernanceTechnique
{
    /// <summary>Defines a technique.</summary>
    /// <param name="name">Its name, e.g. "community building (社区营造)"; 1 to 100 characters.</param>
    /// <param name="tools">The tools it applies: at least one, each once, all from the catalogue.</param>
    /// <exception cref="DomainRuleViolationException">The name is blank or too long, or the tools are empty, repeated or unknown.</exception>
    public GovernanceTechnique(string name, IEnumerable<GovernanceTool> tools)
    {
        Name = Guard.Against.MissingText(name, maxLength: 100);
        var list = Guard.Against.MissingValue(tools).ToList();
        if (list.Count == 0 || list.Distinct().Count() != list.Count)
        {
            throw new DomainRuleViolationException(GovernanceRightRules.GovernanceTechniqueAppliesTools, "A governance technique applies at least one tool, each once.");
        }

        var powers = GovernancePowers.None;
        foreach (var tool in list)
        {
            powers = powers.Union(GovernanceToolCatalogue.RequiredPowers(tool));
        }

        Tools = new EquatableArray<GovernanceTool>(list);
        RequiredPowers = powers;
    }

    /// <summary>The technique's name.</summary>
    public string Name { get; }

    /// <summary>The tools it applies, in the order given.</summary>
    public EquatableArray<GovernanceTool> Tools { get; }

    /// <summary>Every power its tools require together.</summary>
    public GovernancePowers RequiredPowers { get; }
}
