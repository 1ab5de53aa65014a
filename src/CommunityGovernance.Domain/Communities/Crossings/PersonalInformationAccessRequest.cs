using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>
/// A request by the administrative side to read personal information about one person held on the living side.
/// It is checked, and refused or logged, by <see cref="PersonalInformationAccessLog.Access{TSubject, TResult}"/>.
/// </summary>
/// <remarks>
/// Building a request checks nothing, so that a request lacking its basis or purpose can be made, handed over and
/// refused with a rule name, the way a real incomplete request arrives.
/// </remarks>
/// <param name="Requester">The administrative actor who reads.</param>
/// <param name="Subject">The person read about, by actor id only: the id is logged, never a personal datum.</param>
/// <param name="Basis">The legal basis; <see langword="null"/> or an unknown value is refused.</param>
/// <param name="BasisReference">The consent record, the statute or the emergency the basis rests on.</param>
/// <param name="Purpose">What the information is read for (目的).</param>
/// <param name="DutyScope">
/// For a <see cref="LegalBasis.StatutoryDuty"/>, the scope the duty names when it reaches beyond the requester's own
/// jurisdiction (a district's public-health duty: the district's code); <see langword="null"/> otherwise.
/// </param>
[SanctionedCrossing("A personal-information access request is how the administrative side asks to read living-side personal data.")]
public sealed record PersonalInformationAccessRequest(
    ActorId Requester,
    ActorId Subject,
    LegalBasis? Basis,
    string? BasisReference,
    string? Purpose,
    AreaCode? DutyScope = null);
