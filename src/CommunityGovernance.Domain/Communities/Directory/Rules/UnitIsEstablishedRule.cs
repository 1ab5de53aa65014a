using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Directory;

/// <summary>See <see cref="CommunityRules.UnitIsEstablished"/>.</summary>
/// <param name="directory">What exists.</param>
/// <param name="unit">The unit the command names.</param>
/// <param name="role">What the unit is to the command, for the message ("the demand's subject").</param>
/// <param name="at">The command's instant.</param>
internal readonly struct UnitIsEstablishedRule(ICommunityDirectory directory, CommunityUnit unit, string role, Instant at) : IDomainRule
{
    public string Name => CommunityRules.UnitIsEstablished;

    public string Message => unit.IsLiving
        ? $"{Roles.Capitalised(role)}, living community '{unit.LivingCommunityId}', has not been founded by {at}; found it (LivingCommunity.Found) first."
        : $"{Roles.Capitalised(role)}, {unit.AreaCode.Level.ToString().ToLowerInvariant()} {unit.AreaCode}, has not been established by {at}; establish it in its district (District.Establish, EstablishStreet, EstablishCommunity) first.";

    public bool IsBroken() => !directory.IsEstablished(unit, at);
}

/// <summary>The role a named unit or actor plays in a command, as the directory rules' messages begin with it.</summary>
internal static class Roles
{
    public static string Capitalised(string role) => role.Length == 0 ? role : char.ToUpperInvariant(role[0]) + role[1..];
}
