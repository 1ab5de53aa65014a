using System;
using System.Collections.Generic;
using CommunityGovernance.Communities;

namespace VendorApp.StreetOffice.Registration;

/// <summary>
/// The administrative half (行政社区, by the <c>VendorApp.StreetOffice.*</c> pattern): decides which compounds its
/// community registers and keeps its own book of orders and receipts. It never touches a compound's own types.
/// </summary>
public sealed class RegistrationDesk
{
    private readonly AdministrativeCommunityId _community;
    private readonly Dictionary<LivingCommunityId, VendorApp.Registration.RegistrationReceipt> _receipts = new();

    public RegistrationDesk(AdministrativeCommunityId community) => _community = community;

    /// <summary>The order for one compound; the desk knows the compound by its identifier alone.</summary>
    public VendorApp.Registration.RegistrationOrder Order(LivingCommunityId compound, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new VendorApp.Registration.RegistrationOrder(_community, compound, name);
    }

    public void Record(VendorApp.Registration.RegistrationReceipt receipt) => _receipts[receipt.Compound] = receipt;

    /// <summary>Compounds are compared with compounds, never with the community (CGB002).</summary>
    public bool Registered(LivingCommunityId compound) => _receipts.ContainsKey(compound);

    public int Households()
    {
        var total = 0;
        foreach (var receipt in _receipts.Values)
        {
            total += receipt.Households;
        }

        return total;
    }
}
