using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Directory;

/// <summary>See <see cref="ActorRules.ActorIsRegistered"/>.</summary>
/// <param name="directory">Who is registered.</param>
/// <param name="actor">The actor the command names.</param>
/// <param name="role">What the actor is to the command, for the message ("the raiser").</param>
/// <param name="at">The command's instant.</param>
internal readonly struct ActorIsRegisteredRule(ICommunityDirectory directory, ActorId actor, string role, Instant at) : IDomainRule
{
    public string Name => ActorRules.ActorIsRegistered;

    public string Message =>
        $"{Roles.Capitalised(role)}, actor '{actor}', is not registered by {at}; register it (Actor.RegisterOrganisation or Actor.RegisterResident) first.";

    public bool IsBroken() => !directory.IsRegistered(actor, at);
}
