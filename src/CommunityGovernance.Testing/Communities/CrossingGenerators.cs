using CommunityGovernance.Communities.Crossings;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// Generators of personal-information access requests: lawful ones (a known basis with its reference, a purpose,
/// a requester and a subject), and unlawful ones that lack at least one of these.
/// </summary>
public static class CrossingGenerators
{
    private static readonly Gen<string> s_text =
        Gen.Elements("consent form 2024-118", "《传染病防治法》第三十九条", "flood emergency 2025-07", "elderly care visit", "vaccination follow-up", "census verification");

    private static readonly Gen<string?> s_blank = Gen.Elements<string?>(null, string.Empty, "   ", "\t");

    /// <summary>Requests that carry everything an access needs.</summary>
    public static Gen<PersonalInformationAccessRequest> LawfulAccessRequest { get; } =
        from requester in CommunityGenerators.ActorId
        from subject in CommunityGenerators.ActorId
        from basis in Gen.Elements(Enum.GetValues<LegalBasis>())
        from reference in s_text
        from purpose in s_text
        select new PersonalInformationAccessRequest(requester, subject, basis, reference, purpose);

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
}
