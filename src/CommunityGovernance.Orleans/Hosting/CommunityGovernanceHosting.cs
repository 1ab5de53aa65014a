using CommunityGovernance.Orleans.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Serialization;

namespace CommunityGovernance.Orleans.Hosting;

/// <summary>Adds the library to an Orleans silo or client.</summary>
public static class CommunityGovernanceHosting
{
    /// <summary>
    /// Runs the aggregates' grains on this silo: each tenant's store opened through
    /// <see cref="CommunityGovernanceSiloOptions.OpenStore"/>, the read models of the listed tenants followed from the
    /// feed (caught up before the silo takes commands), the commands and the domain exceptions serialized.
    /// </summary>
    /// <param name="silo">The silo builder.</param>
    /// <param name="configure">Sets the options; <see cref="CommunityGovernanceSiloOptions.OpenStore"/> is required.</param>
    /// <returns>The builder.</returns>
    public static ISiloBuilder AddCommunityGovernance(this ISiloBuilder silo, Action<CommunityGovernanceSiloOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new CommunityGovernanceSiloOptions();
        configure(options);
        silo.Services.AddSingleton(options);
        silo.Services.AddSingleton<GovernanceTenants>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(s => s.GetRequiredService<GovernanceTenants>());
        silo.Services.AddSerializer(b => b.AddCommunityGovernanceCommands());
        return silo;
    }

    /// <summary>Lets this client send commands to the aggregates' grains and receive the domain exceptions.</summary>
    /// <param name="client">The client builder.</param>
    /// <returns>The builder.</returns>
    public static IClientBuilder AddCommunityGovernance(this IClientBuilder client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.Services.AddSerializer(b => b.AddCommunityGovernanceCommands());
        return client;
    }
}
