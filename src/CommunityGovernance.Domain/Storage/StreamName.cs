using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage;

/// <summary>
/// The name of an aggregate's event stream: the aggregate's kind and its key, written <c>kind/key</c>
/// (e.g. <c>district/510115</c>, <c>demand/D-0001</c>). Names are derived from an aggregate and its id, never typed
/// in, so two aggregates can never share a stream by a slip of the pen.
/// </summary>
/// <remarks>
/// <para>
/// A kind is 1 to 64 lower-case ASCII letters, digits and '-'. A key is 1 to 200 characters: one or more
/// identifier texts (letters, digits, '-', '_', '.', ':') joined by '/'. Two names are equal when kind and key are
/// equal, compared ordinally. The default value names no stream and is refused by every store.
/// </para>
/// <para>Take a name from the aggregate (<c>demand.Stream</c>) or its id (<c>Demand.StreamOf(id)</c>).</para>
/// </remarks>
public readonly struct StreamName : IEquatable<StreamName>
{
    /// <summary>The longest key accepted.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>The longest kind accepted.</summary>
    public const int MaxKindLength = 64;

    private StreamName(string kind, string key)
    {
        Kind = kind;
        Key = key;
    }

    /// <summary>The aggregate's kind, e.g. <c>district</c>. Empty only for the default value.</summary>
    public string Kind { get => field ?? string.Empty; }

    /// <summary>The aggregate's key within its kind, e.g. <c>510115</c>. Empty only for the default value.</summary>
    public string Key { get => field ?? string.Empty; }

    /// <summary>Whether this is the default value, which names no stream.</summary>
    public bool IsEmpty => Kind.Length == 0;

    /// <summary>The stream of the aggregate of kind <typeparamref name="TAggregate"/> whose key is <paramref name="keyParts"/> joined by '/'.</summary>
    /// <typeparam name="TAggregate">The aggregate type, which says the kind.</typeparam>
    /// <param name="keyParts">One or more identifier texts, e.g. an id's value.</param>
    /// <returns>The stream's name.</returns>
    /// <exception cref="DomainRuleViolationException">A part is empty or malformed, or the key is too long (<see cref="StorageRules.StreamNameIsWellFormed"/>).</exception>
    public static StreamName<TAggregate> For<TAggregate>(params ReadOnlySpan<string> keyParts)
        where TAggregate : AggregateRoot, IEventSourced<TAggregate> =>
        new(Create(TAggregate.StreamKind, JoinKey(keyParts)));

    /// <summary>A stream name from its kind and key, as a store reads them back; prefer <see cref="For{TAggregate}"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="key">The key.</param>
    /// <returns>The name.</returns>
    /// <exception cref="DomainRuleViolationException">The kind or key is malformed (<see cref="StorageRules.StreamNameIsWellFormed"/>).</exception>
    public static StreamName Create(string kind, string key) => new(ValidateKind(kind), ValidateKey(key));

    /// <summary>Reads the text form <c>kind/key</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The name.</returns>
    /// <exception cref="DomainRuleViolationException">The text is not a well-formed stream name (<see cref="StorageRules.StreamNameIsWellFormed"/>).</exception>
    public static StreamName Parse(string text)
    {
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash <= 0)
        {
            throw new DomainRuleViolationException(StorageRules.StreamNameIsWellFormed, "A stream name is written 'kind/key'.");
        }

        return Create(text![..slash], text[(slash + 1)..]);
    }

    /// <summary>Checks a kind: 1 to 64 lower-case ASCII letters, digits and '-'.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="DomainRuleViolationException">The kind is malformed.</exception>
    public static string ValidateKind(string? kind)
    {
        if (string.IsNullOrEmpty(kind) || kind.Length > MaxKindLength)
        {
            throw new DomainRuleViolationException(StorageRules.StreamNameIsWellFormed, $"A stream kind has 1 to {MaxKindLength} characters.");
        }

        foreach (var c in kind)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                throw new DomainRuleViolationException(StorageRules.StreamNameIsWellFormed, $"A stream kind consists of lower-case ASCII letters, digits and '-', which '{kind}' does not.");
            }
        }

        return kind;
    }

    /// <inheritdoc />
    public bool Equals(StreamName other) => string.Equals(Kind, other.Kind, StringComparison.Ordinal) && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StreamName other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Kind), StringComparer.Ordinal.GetHashCode(Key));

    /// <summary>The text form, <c>kind/key</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsEmpty ? string.Empty : Kind + "/" + Key;

    /// <summary>Whether two names are equal.</summary>
    /// <param name="left">The first name.</param>
    /// <param name="right">The second name.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(StreamName left, StreamName right) => left.Equals(right);

    /// <summary>Whether two names differ.</summary>
    /// <param name="left">The first name.</param>
    /// <param name="right">The second name.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(StreamName left, StreamName right) => !left.Equals(right);

    private static string JoinKey(ReadOnlySpan<string> parts)
    {
        if (parts.Length == 0)
        {
            throw new DomainRuleViolationException(StorageRules.StreamNameIsWellFormed, "A stream key has at least one part.");
        }

        foreach (var part in parts)
        {
            IdentifierText.Validate(part, StorageRules.StreamNameIsWellFormed, "stream key part");
        }

        return string.Join('/', parts.ToArray());
    }

    private static string ValidateKey(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength)
        {
            throw new DomainRuleViolationException(StorageRules.StreamNameIsWellFormed, $"A stream key has 1 to {MaxKeyLength} characters.");
        }

        foreach (var part in key.Split('/'))
        {
            if (part.Length == 0)
            {
                throw new DomainRuleViolationException(StorageRules.StreamNameIsWellFormed, "A stream key's parts are joined by single '/' and neither starts nor ends with one.");
            }

            foreach (var c in part)
            {
                if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
                {
                    throw new DomainRuleViolationException(StorageRules.StreamNameIsWellFormed, "A stream key consists of letters, digits, '-', '_', '.', ':' and '/' only.");
                }
            }
        }

        return key;
    }
}

/// <summary>
/// The name of the event stream of one aggregate type: a <see cref="StreamName"/> that also says which aggregate
/// it holds, so that <c>store.LoadAsync(Demand.StreamOf(id))</c> needs no type argument and cannot load a district
/// as a demand.
/// </summary>
/// <typeparam name="TAggregate">The aggregate type.</typeparam>
public readonly struct StreamName<TAggregate> : IEquatable<StreamName<TAggregate>>
    where TAggregate : AggregateRoot, IEventSourced<TAggregate>
{
    internal StreamName(StreamName name) => Name = name;

    /// <summary>The untyped name.</summary>
    public StreamName Name { get; }

    /// <summary>The untyped name.</summary>
    /// <param name="name">The typed name.</param>
    public static implicit operator StreamName(StreamName<TAggregate> name) => name.Name;

    /// <summary>The untyped name.</summary>
    /// <returns>The untyped name.</returns>
    public StreamName ToStreamName() => Name;

    /// <inheritdoc />
    public bool Equals(StreamName<TAggregate> other) => Name.Equals(other.Name);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StreamName<TAggregate> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Name.GetHashCode();

    /// <summary>The text form, <c>kind/key</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name.ToString();

    /// <summary>Whether two names are equal.</summary>
    /// <param name="left">The first name.</param>
    /// <param name="right">The second name.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(StreamName<TAggregate> left, StreamName<TAggregate> right) => left.Equals(right);

    /// <summary>Whether two names differ.</summary>
    /// <param name="left">The first name.</param>
    /// <param name="right">The second name.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(StreamName<TAggregate> left, StreamName<TAggregate> right) => !left.Equals(right);
}
