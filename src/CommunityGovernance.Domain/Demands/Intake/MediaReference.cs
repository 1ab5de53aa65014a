using System.Text.Json.Serialization;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands;

/// <summary>
/// A reference to a photo, recording or video of a case (附件), held by the vendor's media store: an absolute
/// <c>https</c> or <c>http</c> URI (Open311 <c>media_url</c>) or one of the vendor's own scheme. The library keeps
/// the reference, never the media. Personal data: a photo may show a person or a home.
/// </summary>
/// <remarks>Two references are equal when their URIs are equal as text. The default value is no reference.</remarks>
public readonly record struct MediaReference
{
    private readonly string? _uri;

    /// <summary>The longest URI accepted.</summary>
    public const int MaxLength = 2000;

    /// <summary>A reference.</summary>
    /// <param name="uri">An absolute URI of at most <see cref="MaxLength"/> characters, not a file path.</param>
    /// <exception cref="DomainRuleViolationException">The text is not an absolute, non-file URI (<see cref="DemandRules.MediaReferenceIsWellFormed"/>); the message never repeats it.</exception>
    [JsonConstructor]
    public MediaReference([PersonalData] string uri)
    {
        if (uri is null || uri.Length > MaxLength || !System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.IsFile || parsed.IsUnc)
        {
            throw new DomainRuleViolationException(DemandRules.MediaReferenceIsWellFormed, $"A media reference is an absolute URI of at most {MaxLength} characters, not a file path.");
        }

        _uri = uri;
    }

    /// <summary>The URI. Personal data.</summary>
    [PersonalData]
    public string Uri => _uri ?? string.Empty;

    /// <summary>Always <see cref="DomainEvent.Redacted"/>: a media reference is personal data.</summary>
    /// <returns>The redaction marker.</returns>
    public override string ToString() => DomainEvent.Redacted;
}
