using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;

namespace VendorApp.Residents;

/// <summary>A resident (居民) of a compound, as the property company's system records them.</summary>
[LivingSide]
public sealed class Resident
{
    public Resident(LivingCommunityId compound, string name, string phone)
    {
        Compound = compound;
        Name = name;
        Phone = phone;
    }

    public LivingCommunityId Compound { get; }

    [PersonalData]
    public string Name { get; }

    [PersonalData]
    public string Phone { get; set; }

    public int Building { get; set; }
}
