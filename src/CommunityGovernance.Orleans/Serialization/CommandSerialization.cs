using System.Text.Json;
using CommunityGovernance.Orleans.Commands;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Orleans.Serialization;

namespace CommunityGovernance.Orleans.Serialization;

/// <summary>Registers the serialization of commands (<see cref="IAggregateCommand{TAggregate}"/>) with Orleans.</summary>
public static class CommandSerialization
{
    /// <summary>
    /// Writes every <see cref="IAggregateCommand{TAggregate}"/> type as JSON on the wire (the library's value objects
    /// carry their own converters, NodaTime types are configured here), and allows the aggregate types as the type
    /// arguments of their grains. Call it on silos and clients alike (their set-ups in this package do).
    /// </summary>
    /// <param name="builder">Orleans' serializer builder.</param>
    /// <returns>The builder.</returns>
    public static ISerializerBuilder AddCommunityGovernanceCommands(this ISerializerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ITypeFilter, GovernanceTypeFilter>();
        return builder.AddJsonSerializer(IsCommand, IsCommand, options => options.Configure(o => o.SerializerOptions = CreateOptions()));
    }

    /// <summary>Whether a type is a command (implements <see cref="IAggregateCommand{TAggregate}"/>, and is a concrete type).</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for a command type.</returns>
    public static bool IsCommand(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return !type.IsAbstract && !type.IsInterface && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAggregateCommand<>));
    }

    /// <summary>The JSON options commands are written with: general defaults and NodaTime's converters.</summary>
    /// <returns>New options.</returns>
    public static JsonSerializerOptions CreateOptions() =>
        new JsonSerializerOptions(JsonSerializerDefaults.General).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
}
