using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Actors;

/// <summary>
/// What a residents' committee records about a resident (居民): name, identity number and phone (personal data,
/// 个人信息), registered residence (户籍所在地) and actual residence (实际居住地).
/// </summary>
/// <remarks>
/// <para>
/// A resident is a floating resident (流动人口) when the district (区/县) of the registered residence is not the
/// district of the actual residence. Moving between streets of one district is a separation of household and
/// residence (人户分离) but not floating, as in the national statistics.
/// </para>
/// <para>
/// <see cref="ToString"/> redacts the personal data. Two particulars are equal when every member is equal.
/// </para>
/// </remarks>
[LivingSide]
public sealed record ResidentParticulars
{
    /// <summary>Records a resident's particulars.</summary>
    /// <param name="name">The resident's name.</param>
    /// <param name="identityNumber">The resident identity number.</param>
    /// <param name="phone">A phone number, when given.</param>
    /// <param name="registeredResidence">The area code of the registered residence (户籍), district level or finer.</param>
    /// <param name="actualResidence">Where the resident actually lives.</param>
    /// <exception cref="DomainRuleViolationException">A member is missing or the registered residence is coarser than a district.</exception>
    public ResidentParticulars(PersonName name, ResidentIdentityNumber identityNumber, PhoneNumber? phone, AreaCode registeredResidence, Residence actualResidence)
    {
        if (name.IsDefault)
        {
            throw new DomainRuleViolationException(ActorRules.PersonNameIsWellFormed, "A resident needs a name.");
        }

        if (identityNumber.IsDefault)
        {
            throw new DomainRuleViolationException(ActorRules.ResidentIdentityNumberIsWellFormed, "A resident needs an identity number.");
        }

        if (phone is { Value.Length: 0 })
        {
            throw new DomainRuleViolationException(ActorRules.PhoneNumberIsWellFormed, "A given phone number must not be the empty default.");
        }

        if (registeredResidence.Level < AdministrativeLevel.District)
        {
            throw new DomainRuleViolationException(ActorRules.RegisteredResidenceIsDistrictOrBelow, "A registered residence is recorded at district level or finer.");
        }

        Name = name;
        IdentityNumber = identityNumber;
        Phone = phone;
        RegisteredResidence = registeredResidence;
        ActualResidence = actualResidence ?? throw new DomainRuleViolationException(KernelRules.ValueIsRequired, "A resident needs an actual residence.");
    }

    /// <summary>The resident's name. Personal data.</summary>
    [PersonalData]
    public PersonName Name { get; }

    /// <summary>The resident identity number. Personal data.</summary>
    [PersonalData]
    public ResidentIdentityNumber IdentityNumber { get; }

    /// <summary>The phone number, when given. Personal data.</summary>
    [PersonalData]
    public PhoneNumber? Phone { get; }

    /// <summary>The area code of the registered residence (户籍所在地).</summary>
    public AreaCode RegisteredResidence { get; }

    /// <summary>Where the resident actually lives (实际居住地).</summary>
    public Residence ActualResidence { get; }

    /// <summary>Whether the resident is a floating resident (流动人口): registered in another district than the one lived in.</summary>
    public bool IsFloating => DistrictOf(RegisteredResidence) != ActualResidence.District;

    /// <summary>The same particulars at another actual residence.</summary>
    /// <param name="residence">The new actual residence.</param>
    /// <returns>The changed particulars.</returns>
    public ResidentParticulars MovedTo(Residence residence) => new(Name, IdentityNumber, Phone, RegisteredResidence, residence);

    /// <summary>Describes the particulars with the personal data redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"ResidentParticulars {{ Name = {DomainEvent.Redacted}, IdentityNumber = {DomainEvent.Redacted}, Phone = {DomainEvent.Redacted}, RegisteredResidence = {RegisteredResidence}, ActualResidence = {ActualResidence}, IsFloating = {IsFloating} }}";

    private static AreaCode DistrictOf(AreaCode code)
    {
        while (code.Level > AdministrativeLevel.District)
        {
            code = code.Parent;
        }

        return code;
    }
}
