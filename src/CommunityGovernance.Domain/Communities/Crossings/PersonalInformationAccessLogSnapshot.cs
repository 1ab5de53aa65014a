using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>An immutable picture of a <see cref="PersonalInformationAccessLog"/>.</summary>
/// <param name="Holder">The living community that holds the information.</param>
/// <param name="Entries">Every access, in the order it happened.</param>
[SanctionedCrossing("The personal-information access log is the sanctioned data crossing.")]
public sealed record PersonalInformationAccessLogSnapshot(LivingCommunityId Holder, EquatableArray<PersonalInformationAccessed> Entries);
