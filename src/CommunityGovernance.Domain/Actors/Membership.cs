using NodaTime;

namespace CommunityGovernance.Actors;

/// <summary>
/// A time-bounded membership or post (任职) of an actor in an organisation: for example a resident who chairs a
/// homeowners' committee from one date to another, or a member of a self-organisation.
/// </summary>
/// <param name="Organisation">The organisation the actor belongs to.</param>
/// <param name="Post">The post held.</param>
/// <param name="From">The first day the post is held.</param>
/// <param name="Until">The last day the post is held (inclusive), or <see langword="null"/> while it is still held.</param>
public sealed record Membership(ActorId Organisation, Post Post, LocalDate From, LocalDate? Until)
{
    /// <summary>Whether the post is held on the given day.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="day"/> lies between <see cref="From"/> and <see cref="Until"/>, inclusive.</returns>
    public bool IsHeldOn(LocalDate day) => day >= From && (Until is null || day <= Until.Value);

    /// <summary>Whether the membership has not been ended.</summary>
    public bool IsOpen => Until is null;
}
