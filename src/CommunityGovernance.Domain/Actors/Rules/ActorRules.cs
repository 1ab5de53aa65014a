namespace CommunityGovernance.Actors;

/// <summary>The stable names of the rules the <see cref="Actor"/> aggregate enforces (see docs/domain/actors-demands-participation.md).</summary>
public static class ActorRules
{
    /// <summary>A resident is registered with <see cref="Actor.RegisterResident"/>, every other kind with <see cref="Actor.RegisterOrganisation"/>.</summary>
    public const string RegisteredAsItsKind = "ActorIsRegisteredAsItsKind";

    /// <summary>The rule broken by a command naming an actor that the directory passed in does not know as registered at the command's instant.</summary>
    public const string ActorIsRegistered = "ActorIsRegistered";

    /// <summary>An actor does not hold the same responsibility twice.</summary>
    public const string ResponsibilityIsNotDuplicated = "ResponsibilityIsNotDuplicated";

    /// <summary>Only a responsibility the actor holds can be withdrawn.</summary>
    public const string ResponsibilityToWithdrawIsHeld = "ResponsibilityToWithdrawIsHeld";

    /// <summary>An interest is declared once.</summary>
    public const string InterestIsNotDuplicated = "InterestIsNotDuplicated";

    /// <summary>Memberships are held in another actor that is an organisation, not a resident or the actor itself.</summary>
    public const string MembershipIsInAnOrganisation = "MembershipIsInAnOrganisation";

    /// <summary>A post is one of the listed <see cref="Post"/> values.</summary>
    public const string PostIsKnown = "PostIsKnown";

    /// <summary>An actor holds a given post in a given organisation at most once at a time.</summary>
    public const string MembershipDoesNotOverlap = "MembershipDoesNotOverlap";

    /// <summary>Only an open membership can be ended, and not before the day it began.</summary>
    public const string MembershipToEndIsOpen = "MembershipToEndIsOpen";

    /// <summary>Only residents have particulars and residences.</summary>
    public const string OnlyResidentsReside = "OnlyResidentsReside";

    /// <summary>The rule broken by an <see cref="ActorKind"/> value that is not one of the listed kinds.</summary>
    public const string KindIsKnown = "ActorKindIsKnown";

    /// <summary>ActorIdIsWellFormed: declared on <see cref="ActorId"/>, listed here with the rest of the area.</summary>
    public const string IdIsWellFormed = ActorId.WellFormedRule;

    /// <summary>The rule broken by a blank or over-long name.</summary>
    public const string PersonNameIsWellFormed = "PersonNameIsWellFormed";

    /// <summary>The rule broken by text that is not a phone number.</summary>
    public const string PhoneNumberIsWellFormed = "PhoneNumberIsWellFormed";

    /// <summary>The rule broken by text that is not a well-formed resident identity number.</summary>
    public const string ResidentIdentityNumberIsWellFormed = "ResidentIdentityNumberIsWellFormed";

    /// <summary>The rule broken by a registered residence coarser than a district or county.</summary>
    public const string RegisteredResidenceIsDistrictOrBelow = "RegisteredResidenceIsDistrictOrBelow";
}
