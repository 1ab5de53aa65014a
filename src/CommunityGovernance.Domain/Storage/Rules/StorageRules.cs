namespace CommunityGovernance.Storage;

/// <summary>
/// The stable names of the rules of event storage: stream names, tenants, appends, stored events and the
/// encryption and erasure of personal data. Match on these names, never on a message; <c>docs/errors.md</c> lists them.
/// </summary>
public static class StorageRules
{
    /// <summary>The rule broken by a stored event this serializer cannot read.</summary>
    public const string StoredEventIsReadable = "StoredEventIsReadable";

    /// <summary>The rule broken by a key file that cannot be read.</summary>
    public const string PersonalDataKeyFileIsReadable = "PersonalDataKeyFileIsReadable";

    /// <summary>The rule broken by personal data with no data subject to encrypt it for.</summary>
    public const string PersonalDataHasSubject = "PersonalDataHasSubject";

    /// <summary>The rule broken by a key of the wrong length or with a malformed id.</summary>
    public const string PersonalDataKeyIsWellFormed = "PersonalDataKeyIsWellFormed";

    /// <summary>The rule broken by an append of no events, or at a negative version.</summary>
    public const string AppendIsWellFormed = "AppendIsWellFormed";

    /// <summary>The rule broken by an import that names a stream twice.</summary>
    public const string ImportIsWellFormed = "ImportIsWellFormed";

    /// <summary>The rule broken by a personal-data member whose type has no erased form.</summary>
    public const string PersonalDataIsErasable = "PersonalDataIsErasable";

    /// <summary>The rule broken by a malformed stream kind or key.</summary>
    public const string StreamNameIsWellFormed = "StreamNameIsWellFormed";

    /// <summary>The rule broken by a projection that cannot apply an event of the feed: it stops there, never skipping it.</summary>
    public const string ProjectionAppliesEveryEvent = "ProjectionAppliesEveryEvent";

    /// <summary>The rule broken by two projections of one runner with the same name (a name identifies a checkpoint).</summary>
    public const string ProjectionNamesAreUnique = "ProjectionNamesAreUnique";

    /// <summary>TenantIdIsWellFormed: declared on <see cref="TenantId"/>, listed here with the rest of the area.</summary>
    public const string TenantIdIsWellFormed = TenantId.WellFormedRule;
}
