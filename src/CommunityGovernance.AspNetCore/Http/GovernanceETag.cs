using System.Globalization;
using CommunityGovernance.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CommunityGovernance.AspNetCore.Http;

/// <summary>
/// An aggregate's version as its HTTP entity tag (<c>"7"</c> for version 7), and <c>If-Match</c> checked against it,
/// so that a client that read version 7 cannot overwrite version 8 unknowingly.
/// </summary>
public static class GovernanceETag
{
    /// <summary>The strong entity tag of a version.</summary>
    /// <param name="version">The aggregate's version.</param>
    /// <returns>The quoted tag, e.g. <c>"7"</c>.</returns>
    public static string Of(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>The strong entity tag of an aggregate: its version, pending events included.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The quoted tag.</returns>
    public static string Of(AggregateRoot aggregate) => Of((aggregate ?? throw new ArgumentNullException(nameof(aggregate))).Version);

    /// <summary>Sets the response's <c>ETag</c> to the aggregate's version.</summary>
    /// <param name="response">The response.</param>
    /// <param name="aggregate">The aggregate answered about.</param>
    public static void SetETag(this HttpResponse response, AggregateRoot aggregate)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = Of(aggregate);
    }

    /// <summary>
    /// Honours the request's <c>If-Match</c> against the aggregate it would change: no header or <c>*</c> passes; otherwise
    /// one of the listed tags must be the aggregate's version.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="aggregate">The aggregate as loaded, before the command.</param>
    /// <exception cref="PreconditionFailedException">The aggregate is at another version (answered as 412).</exception>
    public static void CheckIfMatch(this HttpRequest request, AggregateRoot aggregate) =>
        request.CheckIfMatch((aggregate ?? throw new ArgumentNullException(nameof(aggregate))).Version);

    /// <summary>Honours the request's <c>If-Match</c> against a version, as <see cref="CheckIfMatch(HttpRequest, AggregateRoot)"/> does.</summary>
    /// <param name="request">The request.</param>
    /// <param name="currentVersion">The version of what the request would change.</param>
    /// <exception cref="PreconditionFailedException">
    /// The version is another: answered as 412, with the current version's tag in the <c>ETag</c> header (and in the
    /// problem's <c>etag</c> member).
    /// </exception>
    public static void CheckIfMatch(this HttpRequest request, long currentVersion)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return;
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            throw Stale(request, currentVersion, "The If-Match header is not a list of entity tags.");
        }

        var current = Of(currentVersion);
        foreach (var tag in tags)
        {
            if (tag.Equals(EntityTagHeaderValue.Any) || (!tag.IsWeak && string.Equals(tag.Tag.Value, current, StringComparison.Ordinal)))
            {
                return;
            }
        }

        throw Stale(request, currentVersion, $"If-Match {header} does not match the current version {current}; read it again and retry.");
    }

    // RFC 9110 clients read the current tag of a 412 from its ETag header. The exception handler clears ETag headers in a
    // callback it registers when it takes the exception, and such callbacks run last registered first: one registered
    // here, before the throw, runs after that clearing and puts the current tag back on the 412 answer.
    private static PreconditionFailedException Stale(HttpRequest request, long currentVersion, string message)
    {
        var response = request.HttpContext.Response;
        if (!response.HasStarted)
        {
            response.OnStarting(SetStaleTag, (response, Of(currentVersion)));
        }

        return new PreconditionFailedException(currentVersion, message);
    }

    private static Task SetStaleTag(object state)
    {
        var (response, tag) = ((HttpResponse, string))state;
        if (response.StatusCode == StatusCodes.Status412PreconditionFailed)
        {
            response.Headers.ETag = tag;
        }

        return Task.CompletedTask;
    }
}
