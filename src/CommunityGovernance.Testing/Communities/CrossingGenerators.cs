using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Testing.Actors;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// Generators for the three crossings of the boundary: personal-information access requests, lawful ones (a known
/// basis with its reference, a purpose, a requester and a subject; a statutory duty sometimes names a scope, in Wenjiang
/// 510115, its Liucheng street or the neighbouring district 510116) and unlawful ones that lack at least one of these; and step sequences for administrative orders and self-governance decisions that mix valid answers with
/// refusable ones. Every generator is pure FsCheck, so a fixed seed replays it.
/// </summary>
public static class CrossingGenerators
{
    private static readonly Gen<string> s_text =
        Gen.Elements("consent form 2024-118", "《传染病防治法》第三十九条", "flood emergency 2025-07", "elderly care visit", "vaccination follow-up", "census verification");

    private static readonly Gen<string?> s_blank = Gen.Elements<string?>(null, string.Empty, "   ", "\t");

    /// <summary>Requests that carry everything an access needs.</summary>
    public static Gen<PersonalInformationAccessRequest> LawfulAccessRequest { get; } =
        from requester in ActorGenerators.ActorIds
        from subject in ActorGenerators.ActorIds
        from basis in Gen.Elements(Enum.GetValues<LegalBasis>())
        from reference in s_text
        from purpose in s_text
        from scope in Gen.Elements<AreaCode?>(null, AreaCode.Parse("510115"), AreaCode.Parse("510116"), AreaCode.Parse("510115001"))
        select new PersonalInformationAccessRequest(requester, subject, basis, reference, purpose, basis == LegalBasis.StatutoryDuty ? scope : null);

    /// <summary>Requests that lack a basis, its reference, a purpose, a requester or a subject (one or several).</summary>
    public static Gen<PersonalInformationAccessRequest> UnlawfulAccessRequest { get; } =
        from lawful in LawfulAccessRequest
        from flaws in Gen.SubListOf(Enumerable.Range(0, 6)).Where(f => f.Count > 0)
        from blank in s_blank
        from unknownBasis in Gen.Elements<LegalBasis?>(null, 0, (LegalBasis)99)
        select flaws.Aggregate(lawful, (request, flaw) => flaw switch
        {
            0 => request with { Basis = unknownBasis },
            1 => request with { BasisReference = blank },
            2 => request with { Purpose = blank },
            3 => request with { Requester = default },
            4 => request with { Subject = default },
            _ => request with { Basis = unknownBasis, Purpose = blank },
        });

    // Text a command may carry: usable, padded (stored trimmed), blank, or past every limit a crossing sets.
    private static readonly Gen<string> s_answerText =
        Gen.Frequency(
            (6, Gen.Elements("同意执行", "  not this season, the courtyard votes in spring  ", "已收到，下周答复")),
            (2, Gen.Elements(string.Empty, "   ", "\t")),
            (1, Gen.Constant(new string('长', 2001))));

    /// <summary>Self-governing bodies, mostly complete; some name no actor or an unknown kind.</summary>
    public static Gen<SelfGoverningBody> AnsweringBody { get; } =
        Gen.Frequency(
            (4, CommunityGenerators.SelfGoverningBody),
            (1, CommunityGenerators.SelfGoverningBody.Select(b => b with { Actor = default })),
            (1, from body in CommunityGenerators.SelfGoverningBody
                from kind in Gen.Elements((SelfGoverningBodyKind)0, (SelfGoverningBodyKind)99)
                select body with { Kind = kind }));

    /// <summary>One answer to an order: accept or decline, by <see cref="AnsweringBody"/>, with a reason that may be blank, padded or too long.</summary>
    public static Gen<AdministrativeOrderCommand> OrderCommand { get; } =
        Gen.Frequency(
            (1, AnsweringBody.Select(b => (AdministrativeOrderCommand)new AdministrativeOrderCommand.Accept(b))),
            (1, from body in AnsweringBody
                from reason in s_answerText
                select (AdministrativeOrderCommand)new AdministrativeOrderCommand.Decline(body, reason)));

    /// <summary>0 to 8 answers to one order; all after the first accepted one must be refused.</summary>
    public static Gen<AdministrativeOrderCommand[]> OrderCommands { get; } = Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(OrderCommand, n));

    /// <summary>One acknowledgement of a decision, by an actor that may be missing, with a response that may be blank, padded or too long.</summary>
    public static Gen<SelfGovernanceDecisionCommand> DecisionCommand { get; } =
        from actor in Gen.Frequency((4, ActorGenerators.ActorIds), (1, Gen.Constant(default(ActorId))))
        from response in s_answerText
        select new SelfGovernanceDecisionCommand(actor, response);

    /// <summary>0 to 8 acknowledgements of one decision; all after the first accepted one must be refused.</summary>
    public static Gen<SelfGovernanceDecisionCommand[]> DecisionCommands { get; } = Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(DecisionCommand, n));

    /// <summary>
    /// 0 to 20 access requests to one log: lawful ones, unlawful ones, and lawful ones with padded texts (logged
    /// trimmed) or texts past the 500-character limit.
    /// </summary>
    public static Gen<PersonalInformationAccessRequest[]> AccessRequests { get; } =
        Gen.Choose(0, 20).SelectMany(n => Gen.ArrayOf(
            Gen.Frequency(
                (5, LawfulAccessRequest),
                (3, UnlawfulAccessRequest),
                (1, LawfulAccessRequest.Select(r => r with { BasisReference = "  " + r.BasisReference + "\n", Purpose = " " + r.Purpose })),
                (1, from request in LawfulAccessRequest
                    from purposeTooLong in Gen.Elements(true, false)
                    select purposeTooLong ? request with { Purpose = new string('长', 501) } : request with { BasisReference = new string('长', 501) })),
            n));
}
