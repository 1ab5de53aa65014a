using System.Globalization;
using CommunityGovernance.AspNetCore.Http;
using CommunityGovernance.Kernel;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CommunityGovernance.AspNetCore.Problems;

/// <summary>
/// Answers the library's refusals as RFC 9457 problem details: a broken rule is 422 Unprocessable Content (409
/// Conflict for a rule in <see cref="CommunityGovernanceOptions.StateConflictRules"/>) whose <c>type</c> names the
/// rule; a concurrency conflict in the store is 409; an <c>If-Match</c> that names another version is 412, with the current version's tag in its <c>ETag</c> header and its <c>etag</c> member.
/// </summary>
/// <remarks>
/// The title states the broken rule in the request's culture (English or Simplified Chinese, from ASP.NET Core's request
/// localization; <c>zh</c>, <c>zh-CN</c> and <c>zh-Hans</c> read Simplified Chinese). In English the detail is the
/// domain's own message; in Chinese it is a sentence stating the rule. Every rule of the domain has both texts; a vendor
/// overrides them or adds a culture through <see cref="CommunityGovernanceOptions.ProblemTexts"/>. The problem's
/// <c>rule</c> member repeats the rule's name for clients that do not parse the type. Anything else is left to the next
/// handler.
/// </remarks>
public sealed class GovernanceProblemExceptionHandler : IExceptionHandler
{
    private readonly IProblemDetailsService _problems;
    private readonly CommunityGovernanceOptions _options;

    /// <summary>Creates the handler.</summary>
    /// <param name="problems">ASP.NET Core's problem details writer.</param>
    /// <param name="options">The integration's options.</param>
    public GovernanceProblemExceptionHandler(IProblemDetailsService problems, IOptions<CommunityGovernanceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _problems = problems ?? throw new ArgumentNullException(nameof(problems));
        _options = options.Value;
    }

    /// <inheritdoc />
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (ProblemFor(exception, _options) is not { } problem)
        {
            return ValueTask.FromResult(false);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (exception is PreconditionFailedException failed)
        {
            // Where nothing clears it later; behind app.UseExceptionHandler() the tag is put back by CheckIfMatch.
            httpContext.Response.Headers.ETag = GovernanceETag.Of(failed.CurrentVersion);
        }

        return _problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The problem an exception is answered with, in the current UI culture; <see langword="null"/> for an exception that is not the library's.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="options">The integration's options.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static ProblemDetails? ProblemFor(Exception exception, CommunityGovernanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var culture = CultureInfo.CurrentUICulture;
        var texts = options.ProblemTexts;
        switch (exception)
        {
            case ConcurrencyConflictException conflict:
                var conflicted = Problem(StatusCodes.Status409Conflict, options.ProblemTypePrefix + conflict.Rule, ProblemTexts.Get("ConcurrencyConflict", culture, texts), RuleDetail(conflict, culture, texts), conflict.Rule);
                conflicted.Extensions["etag"] = GovernanceETag.Of(conflict.ActualVersion); // The version someone else saved first.
                return conflicted;
            case DomainException violation:
                var state = options.StateConflictRules.Contains(violation.Rule);
                var title = ProblemTexts.Find("Rule." + violation.Rule, culture, texts) ?? ProblemTexts.Get(state ? "StateConflict" : "RuleViolated", culture, texts);
                return Problem(state ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity, options.ProblemTypePrefix + violation.Rule, title, RuleDetail(violation, culture, texts), violation.Rule);
            case PreconditionFailedException failed:
                var tag = GovernanceETag.Of(failed.CurrentVersion);
                var detail = string.Format(culture, ProblemTexts.Get("PreconditionFailedDetail", culture, texts), tag, failed.Message);
                var stale = Problem(StatusCodes.Status412PreconditionFailed, options.ProblemTypePrefix + KernelRules.StreamVersionMatches, ProblemTexts.Get("PreconditionFailed", culture, texts), detail, KernelRules.StreamVersionMatches);
                stale.Extensions["etag"] = tag; // Also in the ETag header: clients that read only the body find it here.
                return stale;
            default:
                return null;
        }
    }

    // The rule's statement in the culture, formatted by the culture's RuleDetail: English keeps the domain's message.
    private static string RuleDetail(DomainException violation, CultureInfo culture, IEnumerable<System.Resources.ResourceManager> texts)
    {
        var statement = ProblemTexts.Find("Rule." + violation.Rule, culture, texts) ?? ProblemTexts.Get("RuleViolated", culture, texts);
        return string.Format(culture, ProblemTexts.Get("RuleDetail", culture, texts), statement, violation.Message);
    }

    private static ProblemDetails Problem(int status, string type, string title, string detail, string rule) => new()
    {
        Status = status,
        Type = type,
        Title = title,
        Detail = detail,
        Extensions = { ["rule"] = rule },
    };
}
