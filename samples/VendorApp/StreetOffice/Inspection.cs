namespace VendorApp.StreetOffice;

/// <summary>An inspection and assessment (检查考核) by the street office: administrative by its namespace.</summary>
public sealed class Inspection
{
    public int Score { get; set; }
}
