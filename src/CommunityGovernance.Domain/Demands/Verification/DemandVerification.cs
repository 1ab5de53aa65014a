using CommunityGovernance.Actors;
using NodaTime;

namespace CommunityGovernance.Demands;

/// <summary>
/// One verification of a demand's result (核查, 回访): who verified, how, whether the matter was found resolved, and
/// on what evidence. Distinct from the raiser's own <see cref="DemandEvaluation"/>.
/// </summary>
/// <param name="By">The verifier: neither the raiser nor the assignee.</param>
/// <param name="Method">How.</param>
/// <param name="Resolved">Whether the matter was found resolved; when not, the demand goes back for rework.</param>
/// <param name="Evidence">What was found, in the verifier's words.</param>
/// <param name="At">When.</param>
public sealed record DemandVerification(ActorId By, VerificationMethod Method, bool Resolved, string Evidence, Instant At);
