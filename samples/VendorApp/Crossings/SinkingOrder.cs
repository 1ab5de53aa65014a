using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;

namespace VendorApp.Crossings;

/// <summary>An administrative order sinking (行政指令下沉) from a street office into a compound.</summary>
[SanctionedCrossing("Administrative orders reach living communities only as recorded orders.")]
public sealed record SinkingOrder(AdministrativeCommunityId From, LivingCommunityId To, string Task);

/// <summary>A notice the committee sends upward; its author forgot to say why it may cross.</summary>
[SanctionedCrossing("")] // expect CGB006
public sealed record UpwardNotice(LivingCommunityId From, string Text);
