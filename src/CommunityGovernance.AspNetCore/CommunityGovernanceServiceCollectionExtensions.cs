using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.AspNetCore.Diagnostics;
using CommunityGovernance.AspNetCore.Hosting;
using CommunityGovernance.AspNetCore.Json;
using CommunityGovernance.AspNetCore.Problems;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Storage.Sqlite;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CommunityGovernance.AspNetCore;

/// <summary>Registers CommunityGovernance in an ASP.NET Core application.</summary>
public static class CommunityGovernanceServiceCollectionExtensions
{
    /// <summary>The health check of the store.</summary>
    public const string StoreHealthCheck = "community-governance-store";

    /// <summary>The health check of the projections (the live rights index among them).</summary>
    public const string ProjectionsHealthCheck = "community-governance-projections";

    /// <summary>
    /// Adds the clock (<see cref="SystemClock"/> unless an <see cref="IClock"/> is registered first), the
    /// <see cref="DomainEventSerializer"/>, the <see cref="IEventStore"/> (SQLite, or the store named by
    /// <see cref="CommunityGovernanceOptions.UseStore"/>; its appends traced), the live rights index as the <see cref="IGovernanceRightsQuery"/>, the
    /// <see cref="CommunityDirectory"/> as the <see cref="ICommunityDirectory"/> commands check existence against, a
    /// <see cref="ProjectionRunner"/> over it and every registered <see cref="IProjection"/> run as a hosted service, health
    /// checks for both, the four governance policies and their handler, problem details for the library's refusals,
    /// and the JSON dialect of HTTP answers.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same services.</returns>
    /// <remarks>
    /// An <see cref="IEventStore"/> the application registered before this call is used instead of the options' store,
    /// traced like it. Call <c>app.UseExceptionHandler()</c> so that refusals are answered as problem details, and map the health checks
    /// where you want them (<c>app.MapHealthChecks("/health")</c>). Register the vendor's projections as
    /// <see cref="IProjection"/> singletons before the runner is first resolved.
    /// </remarks>
    public static IServiceCollection AddCommunityGovernance(this IServiceCollection services, Action<CommunityGovernanceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<CommunityGovernanceOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<CommunityGovernanceOptions>>().Value;
            var keys = settings.PersonalDataKeys ?? new FilePersonalDataKeyStore(settings.PersonalDataKeyFile);
            return new DomainEventSerializer(settings.Upcasters, settings.VendorEventAssemblies, keys);
        });
        AddTracedStore(services);
        services.TryAddSingleton(provider => new LiveGovernanceRightsIndex(provider.GetRequiredService<IOptions<CommunityGovernanceOptions>>().Value.ExpectedRights));
        services.TryAddSingleton<IGovernanceRightsQuery>(provider => provider.GetRequiredService<LiveGovernanceRightsIndex>());
        services.TryAddSingleton(_ => new CommunityDirectory());
        services.TryAddSingleton<ICommunityDirectory>(provider => provider.GetRequiredService<CommunityDirectory>());
        services.TryAddSingleton(provider => new ProjectionRunner(
            provider.GetRequiredService<IEventStore>(),
            new IProjection[] { provider.GetRequiredService<LiveGovernanceRightsIndex>(), provider.GetRequiredService<CommunityDirectory>() }
                .Concat(provider.GetServices<IProjection>())
                .Select(InstrumentedProjection.Wrap)
                .ToList(),
            provider.GetRequiredService<IOptions<CommunityGovernanceOptions>>().Value.Projections));
        services.AddHostedService<ProjectionHostedService>();
        services.AddHealthChecks()
            .AddCheck<EventStoreHealthCheck>(StoreHealthCheck, tags: ["community-governance"])
            .AddCheck<Hosting.ProjectionsHealthCheck>(ProjectionsHealthCheck, tags: ["community-governance"]);

        services.AddAuthorization(authorization => authorization.AddGovernancePolicies());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, GovernancePowerHandler>());

        services.AddProblemDetails();
        services.AddExceptionHandler<GovernanceProblemExceptionHandler>();

        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>()
            .Configure<IOptions<CommunityGovernanceOptions>>((json, settings) => ApplyJson(json.SerializerOptions, settings.Value));
        services.AddOptions<Microsoft.AspNetCore.Mvc.JsonOptions>()
            .Configure<IOptions<CommunityGovernanceOptions>>((json, settings) => ApplyJson(json.JsonSerializerOptions, settings.Value));
        return services;
    }

    private static void ApplyJson(System.Text.Json.JsonSerializerOptions json, CommunityGovernanceOptions settings)
    {
        GovernanceJson.Apply(json);
        foreach (var extend in settings.Json)
        {
            extend(json);
        }
    }

    // The store every append goes through is traced: the vendor's own IEventStore, registered before this call, is kept
    // under a key (so the container still creates and disposes it as registered) and wrapped; otherwise the options'
    // store is opened and wrapped. Calling AddCommunityGovernance again wraps nothing twice.
    private static void AddTracedStore(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(TracedStoreKey)))
        {
            return;
        }

        services.AddSingleton<TracedStoreKey>();
        var vendor = services.LastOrDefault(d => d.ServiceType == typeof(IEventStore) && !d.IsKeyedService);
        if (vendor is null)
        {
            services.AddSingleton<IEventStore>(provider => new InstrumentedEventStore(OpenStore(provider)));
            return;
        }

        services.Remove(vendor);
        services.Add(vendor switch
        {
            { ImplementationInstance: { } instance } => new ServiceDescriptor(typeof(IEventStore), typeof(TracedStoreKey), instance),
            { ImplementationFactory: { } factory } => new ServiceDescriptor(typeof(IEventStore), typeof(TracedStoreKey), (provider, _) => factory(provider), vendor.Lifetime),
            _ => new ServiceDescriptor(typeof(IEventStore), typeof(TracedStoreKey), vendor.ImplementationType!, vendor.Lifetime),
        });
        services.Add(new ServiceDescriptor(
            typeof(IEventStore),
            provider => new InstrumentedEventStore(provider.GetRequiredKeyedService<IEventStore>(typeof(TracedStoreKey))),
            vendor.Lifetime));
    }

    // Marks the store as wrapped, and keys the vendor's own store.
    private sealed class TracedStoreKey;

    // The store is opened when first resolved: SQLite creates or migrates its file; another store (UseStore) does its own.
    private static IEventStore OpenStore(IServiceProvider provider)
    {
        var settings = provider.GetRequiredService<IOptions<CommunityGovernanceOptions>>().Value;
        var serializer = provider.GetRequiredService<DomainEventSerializer>();
        if (settings.StoreFactory is { } open)
        {
            return open(provider);
        }

        return SqliteEventStore.OpenAsync(new SqliteEventStoreOptions
        {
            DataSource = settings.SqliteDataSource,
            Serializer = serializer,
            Clock = provider.GetRequiredService<IClock>(),
        }).GetAwaiter().GetResult();
    }
}
