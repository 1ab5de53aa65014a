using System.Collections.Generic;
using VendorApp.StreetOffice;

namespace VendorApp.Residents;

/// <summary>The homeowners' committee (业委会) of one compound: living side by its namespace.</summary>
public sealed class CompoundCommittee
{
    private readonly List<Resident> _residents = [];

    public void Admit(Resident resident) => _residents.Add(resident);

    public int Households => _residents.Count;

    // Self-governance must not rewrite the street office's assessment from below.
    public void RaiseOwnScore(Inspection inspection) => inspection.Score = 100; // expect CGB001 CGB001
}
