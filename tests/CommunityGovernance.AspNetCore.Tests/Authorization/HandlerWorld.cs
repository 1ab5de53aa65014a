using System.Security.Claims;
using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace CommunityGovernance.AspNetCore.Tests.Authorization;

/// <summary>An authorization service whose governance handler answers from a live index fed the given rights events.</summary>
internal sealed class HandlerWorld : IDisposable
{
    private readonly ServiceProvider _services;

    public HandlerWorld(IEnumerable<DomainEvent> rightsEvents, Instant now, Action<CommunityGovernanceOptions>? configure = null)
    {
        Index = new LiveGovernanceRightsIndex();
        var stream = GovernanceRight.StreamOf(new GovernanceRightId("R")).Name;
        var recorded = rightsEvents.Select((e, i) => new RecordedEvent(i + 1, stream, i + 1, now, e)).ToList();
        if (recorded.Count > 0)
        {
            Index.ApplyAsync(recorded, default).AsTask().GetAwaiter().GetResult();
        }

        Clock = new FakeClock(now);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<IClock>(Clock)
            .AddSingleton<IGovernanceRightsQuery>(Index)
            .AddSingleton<IAuthorizationHandler, GovernancePowerHandler>()
            .AddAuthorization(options => options.AddGovernancePolicies());
        services.AddOptions<CommunityGovernanceOptions>().Configure(options => configure?.Invoke(options));
        _services = services.BuildServiceProvider();
        Authorization = _services.GetRequiredService<IAuthorizationService>();
    }

    public LiveGovernanceRightsIndex Index { get; }

    public FakeClock Clock { get; }

    public ListLogger Logs { get; } = new();

    public IAuthorizationService Authorization { get; }

    public static ClaimsPrincipal User(string? actor, string claim = GovernanceClaimTypes.Actor) =>
        new(new ClaimsIdentity(actor is null ? [] : [new Claim(claim, actor)], "test"));

    public AuthorizationResult Authorize(ClaimsPrincipal user, object? resource, GovernancePower power) =>
        Authorization.AuthorizeAsync(user, resource, GovernancePolicies.For(power)).GetAwaiter().GetResult();

    public void Dispose() => _services.Dispose();
}

/// <summary>Keeps every log line, rendered.</summary>
internal sealed class ListLogger : ILoggerProvider, ILogger
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lines)
        {
            _lines.Add(formatter(state, exception));
        }
    }

    public void Dispose()
    {
    }
}
