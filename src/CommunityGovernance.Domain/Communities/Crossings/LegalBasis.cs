namespace CommunityGovernance.Communities.Crossings;

/// <summary>
/// The legal basis on which the administrative side may read personal information (个人信息) held on the living
/// side, after the grounds of China's Personal Information Protection Law (个人信息保护法).
/// </summary>
public enum LegalBasis
{
    /// <summary>The person's consent (个人同意); the reference names the consent record.</summary>
    Consent = 1,

    /// <summary>A statutory duty or obligation (法定职责或法定义务); the reference names the law or regulation.</summary>
    StatutoryDuty = 2,

    /// <summary>
    /// An emergency to protect life, health or property, or a public-health emergency (突发公共卫生事件/紧急情况);
    /// the reference names the emergency.
    /// </summary>
    Emergency = 3,
}
