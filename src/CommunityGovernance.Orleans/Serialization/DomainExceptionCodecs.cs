using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using Orleans.Serialization;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.Serializers;

namespace CommunityGovernance.Orleans.Serialization;

// Orleans writes an exception of a type outside its known namespaces as a generic fallback, losing its type and
// members. These codecs carry the domain's exceptions whole, so that a refused command throws at the caller exactly
// what it throws in one process. Each is rebuilt through its public constructor (which checks and formats as usual),
// and then given the original's message, remote stack trace, inner exception and data.

[RegisterSerializer]
internal sealed class DomainRuleViolationExceptionCodec(ExceptionCodec baseCodec, IValueSerializer<DomainRuleViolationSurrogate> surrogates)
    : GeneralizedReferenceTypeSurrogateCodec<DomainRuleViolationException, DomainRuleViolationSurrogate>(surrogates)
{
    public override DomainRuleViolationException ConvertFromSurrogate(ref DomainRuleViolationSurrogate surrogate) =>
        ExceptionBases.Restore(baseCodec, new DomainRuleViolationException(surrogate.Rule, string.Empty), surrogate.Base);

    public override void ConvertToSurrogate(DomainRuleViolationException value, ref DomainRuleViolationSurrogate surrogate)
    {
        surrogate.Base = ExceptionBases.Capture(baseCodec, value);
        surrogate.Rule = value.Rule;
    }
}

[RegisterSerializer]
internal sealed class ConcurrencyConflictExceptionCodec(ExceptionCodec baseCodec, IValueSerializer<ConcurrencyConflictSurrogate> surrogates)
    : GeneralizedReferenceTypeSurrogateCodec<ConcurrencyConflictException, ConcurrencyConflictSurrogate>(surrogates)
{
    public override ConcurrencyConflictException ConvertFromSurrogate(ref ConcurrencyConflictSurrogate surrogate) =>
        ExceptionBases.Restore(baseCodec, new ConcurrencyConflictException(surrogate.Stream, surrogate.ExpectedVersion, surrogate.ActualVersion), surrogate.Base);

    public override void ConvertToSurrogate(ConcurrencyConflictException value, ref ConcurrencyConflictSurrogate surrogate)
    {
        surrogate.Base = ExceptionBases.Capture(baseCodec, value);
        surrogate.Stream = value.Stream;
        surrogate.ExpectedVersion = value.ExpectedVersion;
        surrogate.ActualVersion = value.ActualVersion;
    }
}

[RegisterSerializer]
internal sealed class StoredEventUnreadableExceptionCodec(ExceptionCodec baseCodec, IValueSerializer<StoredEventUnreadableSurrogate> surrogates)
    : GeneralizedReferenceTypeSurrogateCodec<StoredEventUnreadableException, StoredEventUnreadableSurrogate>(surrogates)
{
    public override StoredEventUnreadableException ConvertFromSurrogate(ref StoredEventUnreadableSurrogate surrogate) =>
        ExceptionBases.Restore(
            baseCodec,
            new StoredEventUnreadableException(StreamName.Parse(surrogate.Stream), surrogate.StreamVersion, surrogate.EventType, string.Empty),
            surrogate.Base);

    public override void ConvertToSurrogate(StoredEventUnreadableException value, ref StoredEventUnreadableSurrogate surrogate)
    {
        surrogate.Base = ExceptionBases.Capture(baseCodec, value);
        surrogate.Stream = value.Stream.ToString();
        surrogate.StreamVersion = value.StreamVersion;
        surrogate.EventType = value.EventType;
    }
}

internal static class ExceptionBases
{
    public static ExceptionBase Capture(ExceptionCodec codec, Exception value) => new()
    {
        Message = value.Message,
        StackTrace = value.StackTrace,
        InnerException = value.InnerException,
        HResult = value.HResult,
        Data = codec.GetDataProperty(value),
    };

    public static TException Restore<TException>(ExceptionCodec codec, TException value, ExceptionBase captured)
        where TException : Exception
    {
        codec.SetBaseProperties(value, captured.Message, captured.StackTrace, captured.InnerException, captured.HResult, captured.Data);
        return value;
    }
}
