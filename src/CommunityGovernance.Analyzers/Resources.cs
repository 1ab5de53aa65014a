using System.Resources;
using Microsoft.CodeAnalysis;

namespace CommunityGovernance.Analyzers;

/// <summary>
/// The analyzers' titles, messages and descriptions, in English and Simplified Chinese (zh-Hans); the host's UI
/// culture picks the language when a diagnostic is shown.
/// </summary>
internal static class Resources
{
    public static ResourceManager Manager { get; } = new("CommunityGovernance.Analyzers.Resources", typeof(Resources).Assembly);

    public static LocalizableResourceString Get(string name) => new(name, Manager, typeof(Resources));

    public static LocalizableResourceString Get(string name, params string[] formatArguments) =>
        new(name, Manager, typeof(Resources), formatArguments);
}
