using System.Collections.Frozen;
using Ardalis.GuardClauses;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands.Catalogue;

/// <summary>
/// A vendor's service catalogue (服务事项目录): the kinds of case its hotline or grid desk takes in, each mapped to one
/// of the eight <see cref="DemandCategory"/> values. Open311 GeoReport v2 calls it the service list.
/// </summary>
/// <remarks>
/// <para>
/// Who handles a case is not held here: an actor's responsibility (责) names a category and a unit, and the
/// <see cref="Actors.ResponsibilityIndex"/> answers "who is responsible for this service here" by the service's
/// category. <see cref="Example"/> is a small catalogue in the shape of a 12345 hotline's.
/// </para>
/// <para>This type is immutable; <see cref="With"/> returns a new catalogue. Lookups by code take constant time.</para>
/// </remarks>
public sealed class ServiceCatalogue
{
    private readonly ServiceDefinition[] _services;
    private readonly FrozenDictionary<ServiceCode, ServiceDefinition> _byCode;

    private ServiceCatalogue(ServiceDefinition[] services)
    {
        _services = services;
        _byCode = services.ToFrozenDictionary(s => s.Code);
    }

    /// <summary>The catalogue with no service.</summary>
    public static ServiceCatalogue Empty { get; } = new([]);

    /// <summary>A built-in example catalogue of a city hotline's common cases, used by the Wenjiang sample: 16 services in 5 groups.</summary>
    public static ServiceCatalogue Example { get; } = Of(ExampleServices.All);

    /// <summary>The services, in the order added.</summary>
    public IReadOnlyList<ServiceDefinition> Services => _services;

    /// <summary>The number of services.</summary>
    public int Count => _services.Length;

    /// <summary>The service with code <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The service.</returns>
    /// <exception cref="DomainRuleViolationException">No service of the catalogue has that code (<see cref="DemandRules.ServiceIsInCatalogue"/>).</exception>
    public ServiceDefinition this[ServiceCode code] =>
        TryFind(code, out var service)
            ? service
            : throw new DomainRuleViolationException(DemandRules.ServiceIsInCatalogue, $"Service {code} is not in the catalogue.");

    /// <summary>A catalogue of the given services.</summary>
    /// <param name="services">The services, each code once.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="DomainRuleViolationException">A service is missing, or a code is listed twice (<see cref="DemandRules.ServiceIsListedOnce"/>).</exception>
    public static ServiceCatalogue Of(IEnumerable<ServiceDefinition> services)
    {
        var list = Guard.Against.MissingValue(services).ToArray();
        var seen = new HashSet<ServiceCode>();
        foreach (var service in list)
        {
            Guard.Against.MissingValue(service);
            if (!seen.Add(service.Code))
            {
                throw new DomainRuleViolationException(DemandRules.ServiceIsListedOnce, $"Service {service.Code} is listed twice.");
            }
        }

        return new ServiceCatalogue(list);
    }

    /// <summary>Whether the catalogue lists <paramref name="code"/>, and the service if so.</summary>
    /// <param name="code">The code.</param>
    /// <param name="service">The service, when listed.</param>
    /// <returns><see langword="true"/> when listed.</returns>
    public bool TryFind(ServiceCode code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ServiceDefinition? service) =>
        _byCode.TryGetValue(code, out service);

    /// <summary>A copy of this catalogue with <paramref name="service"/> added, or replacing the service of the same code in place.</summary>
    /// <param name="service">The service.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="DomainRuleViolationException">The service is missing.</exception>
    public ServiceCatalogue With(ServiceDefinition service)
    {
        Guard.Against.MissingValue(service);
        var index = Array.FindIndex(_services, s => s.Code == service.Code);
        var copy = index < 0 ? [.. _services, service] : (ServiceDefinition[])_services.Clone();
        if (index >= 0)
        {
            copy[index] = service;
        }

        return new ServiceCatalogue(copy);
    }

    /// <summary>The services routed under <paramref name="category"/>, in catalogue order.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The services.</returns>
    /// <exception cref="DomainRuleViolationException">The category is unknown.</exception>
    public IEnumerable<ServiceDefinition> InCategory(DemandCategory category)
    {
        Guard.Against.UnknownValue(category, DemandRules.CategoryIsKnown);
        return _services.Where(s => s.Category == category);
    }

    /// <summary>
    /// The services whose name or a keyword <paramref name="text"/> mentions, in catalogue order: the operator's
    /// shortlist when classifying a call (分类).
    /// </summary>
    /// <param name="text">The case's text.</param>
    /// <returns>The matching services, possibly none.</returns>
    public IEnumerable<ServiceDefinition> Suggest(string text)
    {
        Guard.Against.MissingValue(text);
        return _services.Where(s => s.IsMentionedIn(text));
    }
}
