using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Living;

/// <summary>
/// A line of a building's household register (楼栋住户登记), as a building leader (楼栋长) or the property company
/// keeps it on the living side. Its name and phone are personal data (个人信息): the administrative side reads
/// them only through <see cref="Crossings.PersonalInformationAccessLog.Access{TSubject, TResult}"/>.
/// </summary>
/// <remarks><see cref="ToString"/> shows the building, unit and resident id, never the personal data.</remarks>
[LivingSide]
public sealed record HouseholdRegisterEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="building">The building.</param>
    /// <param name="unit">The flat or unit, e.g. 2-301.</param>
    /// <param name="resident">The resident, as an actor.</param>
    /// <param name="name">The resident's name.</param>
    /// <param name="phone">The resident's phone number.</param>
    /// <exception cref="DomainRuleViolationException">An id is missing, or a text is blank.</exception>
    public HouseholdRegisterEntry(BuildingId building, string unit, ActorId resident, [PersonalData] string name, [PersonalData] string phone)
    {
        Building = Guard.Against.MissingId(building);
        Unit = Guard.Against.MissingText(unit, maxLength: 64);
        Resident = Guard.Against.MissingId(resident);
        Name = Guard.Against.MissingText(name, maxLength: 100);
        Phone = Guard.Against.MissingText(phone, maxLength: 32);
    }

    /// <summary>The building.</summary>
    public BuildingId Building { get; }

    /// <summary>The flat or unit.</summary>
    public string Unit { get; }

    /// <summary>The resident, as an actor: the data subject of <see cref="Name"/> and <see cref="Phone"/>.</summary>
    [DataSubject]
    public ActorId Resident { get; }

    /// <summary>The resident's name.</summary>
    [PersonalData]
    public string Name { get; }

    /// <summary>The resident's phone number.</summary>
    [PersonalData]
    public string Phone { get; }

    /// <summary>The building, unit and resident id; the personal data are redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"HouseholdRegisterEntry {{ Building = {Building}, Unit = {Unit}, Resident = {Resident}, Name = {DomainEvent.Redacted}, Phone = {DomainEvent.Redacted} }}";
}
