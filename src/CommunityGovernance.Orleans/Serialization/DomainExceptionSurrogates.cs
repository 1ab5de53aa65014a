namespace CommunityGovernance.Orleans.Serialization;

// What crosses the wire of each domain exception: its own members and the base exception's (message, stack trace,
// inner exception, HResult, data), so that the caller catches the type it would catch in one process, with its rule.

[GenerateSerializer]
internal struct ExceptionBase
{
    [Id(0)] public string? Message;
    [Id(1)] public string? StackTrace;
    [Id(2)] public Exception? InnerException;
    [Id(3)] public int HResult;
    [Id(4)] public Dictionary<object, object?>? Data;
}

[GenerateSerializer]
internal struct DomainRuleViolationSurrogate
{
    [Id(0)] public ExceptionBase Base;
    [Id(1)] public string Rule;
}

[GenerateSerializer]
internal struct ConcurrencyConflictSurrogate
{
    [Id(0)] public ExceptionBase Base;
    [Id(1)] public string Stream;
    [Id(2)] public long ExpectedVersion;
    [Id(3)] public long ActualVersion;
}

[GenerateSerializer]
internal struct StoredEventUnreadableSurrogate
{
    [Id(0)] public ExceptionBase Base;
    [Id(1)] public string Stream;
    [Id(2)] public long StreamVersion;
    [Id(3)] public string EventType;
}
