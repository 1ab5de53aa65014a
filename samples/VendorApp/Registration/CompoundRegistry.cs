using System.Collections.Generic;
using CommunityGovernance.Communities;

namespace VendorApp.Residents.Registration;

/// <summary>
/// The living half (生活共同体社区, by the <c>VendorApp.Residents.*</c> pattern): owns the compounds, their households
/// and their heads' phone numbers, acts on an order and answers with a receipt that carries no personal data.
/// </summary>
public sealed class CompoundRegistry
{
    private readonly Dictionary<LivingCommunityId, RegisteredCompound> _compounds = new();

    public VendorApp.Registration.RegistrationReceipt Register(VendorApp.Registration.RegistrationOrder order, int households, string headPhone)
    {
        var compound = new RegisteredCompound(order.Name, households, headPhone);
        _compounds[order.Compound] = compound;
        return new VendorApp.Registration.RegistrationReceipt(order.Compound, compound.Households, "committee head");
    }

    /// <summary>The head's phone, for the registry's own use; the office asks through a recorded access.</summary>
    public string HeadPhone(LivingCommunityId compound) => _compounds[compound].HeadPhone;
}

/// <summary>A compound as the residents' side keeps it.</summary>
public sealed record RegisteredCompound(string Name, int Households, [property: CommunityGovernance.Boundaries.PersonalData] string HeadPhone);
