using System.Collections.Generic;
using CommunityGovernance.Communities;

namespace VendorApp.Reconciliation;

/// <summary>A well-meant shortcut that matches compounds to jurisdictions by their codes.</summary>
public sealed class CommunityMatcher
{
    private readonly Dictionary<string, string> _streetOfCommunity = [];

    public void Register(AdministrativeCommunityId community) =>
        _streetOfCommunity[community.ToString()] = community.StreetCode.ToString();

    public bool SameUnit(AdministrativeCommunityId community, LivingCommunityId compound) =>
        community.ToString() == compound.Value; // expect CGB002

    public string? StreetOf(LivingCommunityId compound) =>
        _streetOfCommunity.GetValueOrDefault(compound.Value); // expect CGB002

    public AdministrativeCommunityId Guess(LivingCommunityId compound) =>
        AdministrativeCommunityId.Parse(compound.Value); // expect CGB002
}
