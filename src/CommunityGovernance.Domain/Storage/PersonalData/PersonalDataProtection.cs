using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage.PersonalData;

/// <summary>
/// Encrypts every <see cref="PersonalDataAttribute"/> member of an event under its data subject's key as the event
/// is written to JSON, and decrypts it as it is read; a member whose key is gone reads as its erased form.
/// </summary>
/// <remarks>
/// An encrypted member is stored as <c>{"protected":"aes-256-gcm","subject":"R-17","key":"…","data":"…"}</c>, where
/// data is the nonce, ciphertext and tag of the member's plain JSON. The subject, the key id and the member's name
/// are bound to the ciphertext, so a ciphertext moved to another member or subject fails to read. Events without
/// personal data pass through untouched.
/// </remarks>
internal sealed class PersonalDataProtection : JsonConverterFactory
{
    private const string Algorithm = "aes-256-gcm";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly JsonSerializerOptions _plain;
    private readonly IPersonalDataKeyStore _keys;
    private readonly ConcurrentDictionary<Type, ObjectPlan?> _plans = new();

    public PersonalDataProtection(JsonSerializerOptions plain, IPersonalDataKeyStore keys)
    {
        _plain = plain;
        _keys = keys;
    }

    /// <summary>Builds (and checks) the plan of an event type: every personal member has a subject and an erased form.</summary>
    public bool HasPersonalData(Type eventType) => PlanOf(eventType) is not null;

    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsSubclassOf(typeof(DomainEvent)) && !typeToConvert.IsAbstract && PlanOf(typeToConvert) is not null;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ProtectedConverter<>).MakeGenericType(typeToConvert), this, PlanOf(typeToConvert)!)!;

    private ObjectPlan? PlanOf(Type type) => _plans.GetOrAdd(type, t => Build(t, subjectInScope: false, []));

    private ObjectPlan? Build(Type type, bool subjectInScope, HashSet<Type> visiting)
    {
        var info = _plain.GetTypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object || !visiting.Add(type))
        {
            return null;
        }

        try
        {
            string? subject = null;
            foreach (var property in info.Properties)
            {
                if (property.AttributeProvider is PropertyInfo member && IsMarked<DataSubjectAttribute>(type, member))
                {
                    subject = member.PropertyType == typeof(ActorId)
                        ? property.Name
                        : throw new DomainRuleViolationException(StorageRules.PersonalDataHasSubject, $"'{type.Name}.{member.Name}' is marked [DataSubject] but is not an ActorId.");
                }
            }

            var personal = new List<PersonalMember>();
            var nested = new List<NestedMember>();
            foreach (var property in info.Properties)
            {
                if (property.AttributeProvider is not PropertyInfo member)
                {
                    continue;
                }

                if (DomainEvent.IsPersonalData(type, member))
                {
                    if (subject is null && !subjectInScope)
                    {
                        throw new DomainRuleViolationException(StorageRules.PersonalDataHasSubject, $"'{type.Name}.{member.Name}' holds personal data, but no member marked [DataSubject] says whose.");
                    }

                    var erased = ErasedForms.Of(type, member);
                    personal.Add(new PersonalMember(property.Name, member.PropertyType, JsonSerializer.SerializeToNode(erased, member.PropertyType, _plain)));
                }
                else if (NestedPlan(member.PropertyType, subjectInScope || subject is not null, visiting) is { } plan)
                {
                    nested.Add(new NestedMember(property.Name, plan.Element, plan.Object));
                }
            }

            return personal.Count == 0 && nested.Count == 0 ? null : new ObjectPlan(subject, personal, nested);
        }
        finally
        {
            visiting.Remove(type);
        }
    }

    private (bool Element, ObjectPlan Object)? NestedPlan(Type type, bool subjectInScope, HashSet<Type> visiting)
    {
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type.Assembly != typeof(DomainEvent).Assembly && !type.IsGenericType)
        {
            return null;
        }

        var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>) ? type.GetGenericArguments()[0]
            : _plain.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Enumerable } enumerable ? enumerable.ElementType
            : null;
        if (element is not null)
        {
            return Build(Nullable.GetUnderlyingType(element) ?? element, subjectInScope, visiting) is { } elementPlan ? (true, elementPlan) : null;
        }

        return Build(Nullable.GetUnderlyingType(type) ?? type, subjectInScope, visiting) is { } plan ? (false, plan) : null;
    }

    private static bool IsMarked<TAttribute>(Type owner, PropertyInfo property)
        where TAttribute : Attribute =>
        property.IsDefined(typeof(TAttribute), inherit: true) ||
        owner.GetConstructors().Any(c => c.GetParameters().Any(p =>
            string.Equals(p.Name, property.Name, StringComparison.Ordinal) && p.IsDefined(typeof(TAttribute), inherit: false)));

    private void Protect(JsonObject data, ObjectPlan plan, string? subject)
    {
        if (plan.Subject is not null && data[plan.Subject] is JsonValue value && value.TryGetValue<string>(out var own))
        {
            subject = own;
        }

        foreach (var member in plan.Personal)
        {
            if (data[member.Name] is not { } plain || plain.GetValueKind() == JsonValueKind.Null)
            {
                continue;
            }

            if (subject is null)
            {
                throw new DomainRuleViolationException(StorageRules.PersonalDataHasSubject, $"A '{member.Name}' holds personal data, but the event names no data subject.");
            }

            data[member.Name] = Encrypt(subject, member.Name, plain.ToJsonString(_plain));
        }

        foreach (var nested in plan.Nested)
        {
            Walk(data[nested.Name], nested, child => Protect(child, nested.Plan, subject));
        }
    }

    private void Unprotect(JsonObject data, ObjectPlan plan)
    {
        foreach (var member in plan.Personal)
        {
            if (data[member.Name] is JsonObject envelope)
            {
                data[member.Name] = Decrypt(envelope, member);
            }
        }

        foreach (var nested in plan.Nested)
        {
            Walk(data[nested.Name], nested, child => Unprotect(child, nested.Plan));
        }
    }

    private static void Walk(JsonNode? node, NestedMember nested, Action<JsonObject> visit)
    {
        if (!nested.Element && node is JsonObject single)
        {
            visit(single);
        }
        else if (nested.Element && node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is JsonObject element)
                {
                    visit(element);
                }
            }
        }
    }

    private JsonObject Encrypt(string subject, string member, string plainJson)
    {
        var key = _keys.GetOrCreate(new ActorId(subject));
        var plain = Encoding.UTF8.GetBytes(plainJson);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key.Material, TagSize))
        {
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), AssociatedData(subject, key.Id, member));
        }

        return new JsonObject
        {
            ["protected"] = Algorithm,
            ["subject"] = subject,
            ["key"] = key.Id,
            ["data"] = Convert.ToBase64String(sealedBytes),
        };
    }

    private JsonNode? Decrypt(JsonObject envelope, PersonalMember member)
    {
        if (envelope["protected"]?.GetValue<string>() != Algorithm ||
            envelope["subject"]?.GetValue<string>() is not { } subject ||
            envelope["key"]?.GetValue<string>() is not { } keyId ||
            envelope["data"]?.GetValue<string>() is not { } data)
        {
            throw new JsonException($"'{member.Name}' is not a protected personal datum this library wrote.");
        }

        var key = _keys.Find(new ActorId(subject));
        if (key is null || !string.Equals(key.Id, keyId, StringComparison.Ordinal))
        {
            return member.Erased?.DeepClone(); // The subject's key is destroyed: the datum is erased.
        }

        var sealedBytes = Convert.FromBase64String(data);
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new JsonException($"'{member.Name}' holds a truncated ciphertext.");
        }

        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(key.Material, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), plain, AssociatedData(subject, keyId, member.Name));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new JsonException($"'{member.Name}' failed authentication: the ciphertext was altered or moved.", e);
        }

        return JsonNode.Parse(plain);
    }

    private static byte[] AssociatedData(string subject, string keyId, string member) =>
        Encoding.UTF8.GetBytes(string.Join('\n', subject, keyId, member));

    private sealed record PersonalMember(string Name, Type Type, JsonNode? Erased);

    private sealed record NestedMember(string Name, bool Element, ObjectPlan Plan);

    private sealed record ObjectPlan(string? Subject, IReadOnlyList<PersonalMember> Personal, IReadOnlyList<NestedMember> Nested);

    private sealed class ProtectedConverter<TEvent>(PersonalDataProtection protection, ObjectPlan plan) : JsonConverter<TEvent>
        where TEvent : DomainEvent
    {
        public override TEvent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (JsonNode.Parse(ref reader) is not JsonObject data)
            {
                throw new JsonException($"A stored '{typeof(TEvent).Name}' is not a JSON object.");
            }

            protection.Unprotect(data, plan);
            return data.Deserialize<TEvent>(protection._plain);
        }

        public override void Write(Utf8JsonWriter writer, TEvent value, JsonSerializerOptions options)
        {
            var data = (JsonObject)JsonSerializer.SerializeToNode(value, protection._plain)!;
            protection.Protect(data, plan, subject: null);
            data.WriteTo(writer, options);
        }
    }
}
