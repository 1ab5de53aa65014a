using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;

namespace VendorApp.Registration;

/// <summary>
/// The one thing the street office hands the residents' side when a compound is registered: who asks, which
/// compound, under which name. Identifiers only, so both sides may hold it.
/// </summary>
[SanctionedCrossing("A compound is registered only through a recorded order from the street office.")]
public sealed record RegistrationOrder(AdministrativeCommunityId Community, LivingCommunityId Compound, string Name);

/// <summary>What the residents' side answers: the compound exists, with how many households and a contact.</summary>
[SanctionedCrossing("The registry's answer returns to the street office as this record only.")]
public sealed record RegistrationReceipt(LivingCommunityId Compound, int Households, string ContactRole);
