using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Communities.Living;

namespace CommunityGovernance.Communities;

/// <summary>
/// The stable names of the rules of communities (社区): area codes and units, the district hierarchy, the living side
/// (compounds, courtyards, buildings), coverage, and the crossings between the two sides (orders, decisions, access
/// to personal information). Match on these names, never on a message; <c>docs/errors.md</c> lists them.
/// </summary>
[SanctionedCrossing("Rule names are the vocabulary both sides and their crossings refuse commands in.")]
public static class CommunityRules
{
    /// <summary>AdministrativeCommunityIdIsCommunityLevel: declared on <see cref="AdministrativeCommunityId"/>, listed here with the rest of the area.</summary>
    public const string AdministrativeCommunityIdIsCommunityLevel = AdministrativeCommunityId.CommunityLevelRule;

    /// <summary>LivingCommunityIdIsWellFormed: declared on <see cref="LivingCommunityId"/>, listed here with the rest of the area.</summary>
    public const string LivingCommunityIdIsWellFormed = LivingCommunityId.WellFormedRule;

    /// <summary>The rule broken by text that is not a well-formed area code.</summary>
    public const string AreaCodeIsWellFormed = "AreaCodeIsWellFormed";

    /// <summary>The rule broken by asking a unit for the identifier of the other side.</summary>
    public const string CommunityUnitSideMatches = "CommunityUnitSideMatches";

    /// <summary>The rule broken by naming a district with a code of another level.</summary>
    public const string DistrictCodeIsDistrictLevel = "DistrictCodeIsDistrictLevel";

    /// <summary>The rule broken by a street whose code is not a street code under this district.</summary>
    public const string StreetLiesInDistrict = "StreetLiesInDistrict";

    /// <summary>The rule broken by establishing a street or community that already exists.</summary>
    public const string UnitIsEstablishedOnce = "UnitIsEstablishedOnce";

    /// <summary>The rule broken by a community whose street has not been established.</summary>
    public const string CommunityStreetIsEstablished = "CommunityStreetIsEstablished";

    /// <summary>The rule broken by a row that is not a well-formed division row, or whose parent is not listed before it.</summary>
    public const string DivisionCsvIsWellFormed = "DivisionCsvIsWellFormed";

    /// <summary>BuildingIdIsWellFormed: declared on <see cref="BuildingId"/>, listed here with the rest of the area.</summary>
    public const string BuildingIdIsWellFormed = BuildingId.WellFormedRule;

    /// <summary>CompoundIdIsWellFormed: declared on <see cref="CompoundId"/>, listed here with the rest of the area.</summary>
    public const string CompoundIdIsWellFormed = CompoundId.WellFormedRule;

    /// <summary>CourtyardIdIsWellFormed: declared on <see cref="CourtyardId"/>, listed here with the rest of the area.</summary>
    public const string CourtyardIdIsWellFormed = CourtyardId.WellFormedRule;

    /// <summary>The rule broken by adding a compound, courtyard or building whose id is already taken.</summary>
    public const string LivingUnitIsAddedOnce = "LivingUnitIsAddedOnce";

    /// <summary>The rule broken by placing a courtyard or building in a compound not part of the community.</summary>
    public const string CompoundIsPartOfCommunity = "CompoundIsPartOfCommunity";

    /// <summary>The rule broken by placing a building in a courtyard of another compound (or in none that exists).</summary>
    public const string CourtyardLiesInCompound = "CourtyardLiesInCompound";

    /// <summary>The rule broken by placing a building that already lies in a jurisdiction.</summary>
    public const string BuildingLiesInOneJurisdiction = "BuildingLiesInOneJurisdiction";

    /// <summary>The rule broken by moving or withdrawing a building not in the register.</summary>
    public const string BuildingIsCovered = "BuildingIsCovered";

    /// <summary>The rule broken by moving a building to the jurisdiction it already lies in.</summary>
    public const string MoveChangesJurisdiction = "MoveChangesJurisdiction";

    /// <summary>The rule broken by placing a building that the living community passed in does not have.</summary>
    public const string BuildingBelongsToLivingCommunity = "BuildingBelongsToLivingCommunity";

    /// <summary>The rule broken by a jurisdiction that the district passed in has not established.</summary>
    public const string JurisdictionIsEstablished = "JurisdictionIsEstablished";

    /// <summary>The rule broken by a command naming a district, street, administrative community or living community that the directory passed in does not know at the command's instant.</summary>
    public const string UnitIsEstablished = "UnitIsEstablished";

    /// <summary>The rule broken by a jurisdiction outside the register's scope, or a scope finer than a street.</summary>
    public const string JurisdictionLiesInScope = "JurisdictionLiesInScope";

    /// <summary>CrossingIdIsWellFormed: declared on <see cref="CrossingId"/>, listed here with the rest of the area.</summary>
    public const string CrossingIdIsWellFormed = CrossingId.WellFormedRule;

    /// <summary>A crossing goes through a residents' committee channel that names the committee and its community.</summary>
    public const string CrossingGoesThroughChannel = "CrossingGoesThroughChannel";

    /// <summary>An administrative order carries one of the four governance powers under which it is issued.</summary>
    public const string OrderCarriesGovernancePower = "OrderCarriesGovernancePower";

    /// <summary>A crossing names the actor on each end: the issuer, the deciding or answering body, the receiver.</summary>
    public const string CrossingNamesItsActors = "CrossingNamesItsActors";

    /// <summary>An order is accepted or declined once; a decision is acknowledged once.</summary>
    public const string CrossingIsAnsweredOnce = "CrossingIsAnsweredOnce";

    /// <summary>The rule broken by an access without a known legal basis and its reference.</summary>
    public const string PersonalInformationAccessHasLegalBasis = "PersonalInformationAccessHasLegalBasis";

    /// <summary>The rule broken by an access without a purpose.</summary>
    public const string PersonalInformationAccessHasPurpose = "PersonalInformationAccessHasPurpose";

    /// <summary>
    /// The rule broken by an access whose requester holds no right over a community covering the living community, on no
    /// statutory duty naming a scope that includes one.
    /// </summary>
    public const string PersonalInformationAccessHasJurisdiction = "PersonalInformationAccessHasJurisdiction";

    /// <summary>The channel of a crossing is the residents' committee of a community that covers the living community concerned.</summary>
    public const string CrossingChannelCoversLivingCommunity = "CrossingChannelCoversLivingCommunity";

    /// <summary>An order sinks only if its issuer holds the order's power, at that instant, over the channel's covering community.</summary>
    public const string OrderIssuerHoldsPower = "OrderIssuerHoldsPower";

    /// <summary>WorkItemCodeIsWellFormed: declared on <see cref="WorkAccess.WorkItemCode"/>, listed here with the rest of the area.</summary>
    public const string WorkItemCodeIsWellFormed = WorkAccess.WorkItemCode.WellFormedRule;

    /// <summary>CommunityTaskIdIsWellFormed: declared on <see cref="WorkAccess.CommunityTaskId"/>, listed here with the rest of the area.</summary>
    public const string CommunityTaskIdIsWellFormed = WorkAccess.CommunityTaskId.WellFormedRule;

    /// <summary>The rule broken by a work-access list that names a kind of work more than once.</summary>
    public const string WorkItemsAreDistinct = "WorkItemsAreDistinct";

    /// <summary>The rule broken by a work item listed in none of the three groups.</summary>
    public const string WorkItemGroupIsKnown = "WorkItemGroupIsKnown";

    /// <summary>The rule broken by a revision of a work-access list that does not take effect after the version before it.</summary>
    public const string AccessListVersionsFollowEachOther = "AccessListVersionsFollowEachOther";

    /// <summary>The rule broken by setting negative-list work on a residents' committee.</summary>
    public const string TaskIsNotOnNegativeList = "TaskIsNotOnNegativeList";

    /// <summary>The rule broken by unlisted work that no street office holding task-setting over the community coordinates.</summary>
    public const string UnlistedTaskIsCoordinatedByStreet = "UnlistedTaskIsCoordinatedByStreet";

    /// <summary>The rule broken by a task set on a residents' committee by an actor not on the administrative side.</summary>
    public const string TaskIsSetByAdministrativeActor = "TaskIsSetByAdministrativeActor";

    /// <summary>The rule broken by declining listed work: only unlisted work may be declined.</summary>
    public const string OnlyUnlistedTaskIsDeclined = "OnlyUnlistedTaskIsDeclined";

    /// <summary>The rule broken by answering a task set on a residents' committee again.</summary>
    public const string CommunityTaskIsAnsweredOnce = "CommunityTaskIsAnsweredOnce";

    /// <summary>The rule broken by an access that does not name its requester and subject.</summary>
    public const string PersonalInformationAccessNamesRequesterAndSubject = "PersonalInformationAccessNamesRequesterAndSubject";

    /// <summary>ExclusiveUnitIdIsWellFormed: declared on <see cref="ExclusiveUnitId"/>, listed here with the rest of the area.</summary>
    public const string ExclusiveUnitIdIsWellFormed = ExclusiveUnitId.WellFormedRule;

    /// <summary>AssemblyVoteIdIsWellFormed: declared on <see cref="AssemblyVoteId"/>, listed here with the rest of the area.</summary>
    public const string AssemblyVoteIdIsWellFormed = AssemblyVoteId.WellFormedRule;

    /// <summary>The rule broken by a floor area that is negative, has more than two decimals or is too large.</summary>
    public const string FloorAreaIsWellFormed = "FloorAreaIsWellFormed";

    /// <summary>The rule broken by registering an exclusive unit (专有部分) already in the ownership register.</summary>
    public const string ExclusiveUnitIsRegisteredOnce = "ExclusiveUnitIsRegisteredOnce";

    /// <summary>The rule broken by delivering, transferring or correcting a unit not in the ownership register.</summary>
    public const string ExclusiveUnitIsRegistered = "ExclusiveUnitIsRegistered";

    /// <summary>The rule broken by an exclusive unit with a floor area of zero.</summary>
    public const string ExclusiveUnitHasFloorArea = "ExclusiveUnitHasFloorArea";

    /// <summary>The rule broken by delivering a unit the developer no longer holds.</summary>
    public const string ExclusiveUnitIsHeldByDeveloper = "ExclusiveUnitIsHeldByDeveloper";

    /// <summary>The rule broken by transferring a unit the developer has not delivered.</summary>
    public const string ExclusiveUnitIsDelivered = "ExclusiveUnitIsDelivered";

    /// <summary>The rule broken by transferring a unit to the owner who already holds it.</summary>
    public const string OwnershipTransferChangesOwner = "OwnershipTransferChangesOwner";

    /// <summary>The rule broken by a matter that is not one of Civil Code Article 278's list.</summary>
    public const string AssemblyMatterIsListed = "AssemblyMatterIsListed";

    /// <summary>The rule broken by a threshold that is not a fraction in (0, 1], or "more than" 1.</summary>
    public const string AssemblyThresholdIsWellFormed = "AssemblyThresholdIsWellFormed";

    /// <summary>The rule broken by rules of procedure whose threshold is looser than (or missing where) the Civil Code sets one.</summary>
    public const string ProcedureThresholdIsNotLooser = "ProcedureThresholdIsNotLooser";

    /// <summary>The rule broken by opening a vote on a register with no exclusive unit.</summary>
    public const string AssemblyVoteHasElectorate = "AssemblyVoteHasElectorate";

    /// <summary>The rule broken by a vote whose closing instant is not after its opening instant.</summary>
    public const string AssemblyVoteClosesAfterItOpens = "AssemblyVoteClosesAfterItOpens";

    /// <summary>The rule broken by a ballot that is not for, against or abstain.</summary>
    public const string BallotChoiceIsKnown = "BallotChoiceIsKnown";

    /// <summary>The rule broken by a ballot from someone not on the vote's roll.</summary>
    public const string BallotIsCastByOwner = "BallotIsCastByOwner";

    /// <summary>The rule broken by a ballot before the vote opens, from its closing instant on, or once it is closed.</summary>
    public const string BallotIsCastWhileVoteIsOpen = "BallotIsCastWhileVoteIsOpen";

    /// <summary>The rule broken by closing a vote a second time.</summary>
    public const string AssemblyVoteIsClosedOnce = "AssemblyVoteIsClosedOnce";

    /// <summary>The rule broken by closing a vote before its closing instant.</summary>
    public const string AssemblyVoteClosesAtItsInstant = "AssemblyVoteClosesAtItsInstant";

    /// <summary>The rule broken by tally numbers that do not add up (an empty roll, more participants than owners, no threshold).</summary>
    public const string AssemblyTallyAddsUp = "AssemblyTallyAddsUp";

    /// <summary>
    /// Owners of at least two thirds of the exclusive area and at least two thirds of the owners take part (Civil Code
    /// Art. 278): a tally that misses it is <see cref="AssemblyOutcome.QuorumNotMet"/>; submitting such a vote as a decision is refused.
    /// </summary>
    public const string AssemblyParticipationReachesQuorum = "AssemblyParticipationReachesQuorum";

    /// <summary>
    /// The participating area and owners agree by the matter's majority (3/4 for items 6 to 8, more than 1/2
    /// otherwise): a tally that misses it is <see cref="AssemblyOutcome.Rejected"/>; submitting such a vote as a decision is refused.
    /// </summary>
    public const string AssemblyResolutionReachesMajority = "AssemblyResolutionReachesMajority";

    /// <summary>The rule broken by submitting a vote that is still open as a decision.</summary>
    public const string AssemblyVoteIsClosedBeforeDecision = "AssemblyVoteIsClosedBeforeDecision";

    /// <summary>The rule broken by submitting a vote of the assembly as the decision of another body.</summary>
    public const string AssemblyDecisionIsTakenByAssembly = "AssemblyDecisionIsTakenByAssembly";

    /// <summary>GridIdIsWellFormed: declared on <see cref="Grids.GridId"/>, listed here with the rest of the area.</summary>
    public const string GridIdIsWellFormed = Grids.GridId.WellFormedRule;

    /// <summary>The rule broken by drawing a grid whose id the map already has.</summary>
    public const string GridIsDrawnOnce = "GridIsDrawnOnce";

    /// <summary>The rule broken by placing a building in, moving it to, or posting a worker to a grid the map has not drawn.</summary>
    public const string GridIsDrawn = "GridIsDrawn";

    /// <summary>The rule broken by placing a building that already lies in a grid of the map.</summary>
    public const string BuildingLiesInOneGrid = "BuildingLiesInOneGrid";

    /// <summary>The rule broken by moving or withdrawing a building that lies in no grid of the map.</summary>
    public const string BuildingIsGridded = "BuildingIsGridded";

    /// <summary>The rule broken by moving a building to the grid it already lies in.</summary>
    public const string MoveChangesGrid = "MoveChangesGrid";

    /// <summary>The rule broken by gridding a building the coverage register does not place in the map's community.</summary>
    public const string BuildingLiesInGridCommunity = "BuildingLiesInGridCommunity";

    /// <summary>The rule broken by posting a grid worker who already works a grid of the map.</summary>
    public const string GridWorkerIsPostedOnce = "GridWorkerIsPostedOnce";

    /// <summary>The rule broken by reposting or standing down an actor posted to no grid of the map.</summary>
    public const string GridWorkerIsPosted = "GridWorkerIsPosted";

    /// <summary>The rule broken by reposting a grid worker to the grid they already work.</summary>
    public const string RepostChangesGrid = "RepostChangesGrid";

    /// <summary>The rule broken by routing by grid a demand that did not come in through a grid worker.</summary>
    public const string GridCaseIsReportedByGridWorker = "GridCaseIsReportedByGridWorker";

    /// <summary>The rule broken by routing by grid a demand whose location names no building gridded on the map.</summary>
    public const string GridCaseNamesGriddedBuilding = "GridCaseNamesGriddedBuilding";
}
