namespace DialTone.Provider.Contracts;

/// <summary>The engine's log severities, with its numbers. Debug is shown only with --debug.</summary>
public enum LogSeverity
{
    Debug = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

/// <summary>
/// Messages for the user, shown by the engine (stderr is seen only at debug level). A message with a URN is shown
/// under that resource; an ephemeral one is a status line that the next one replaces, for progress on long work.
/// Logging never fails the caller: a message that cannot be delivered goes to stderr. Only the caller's own
/// cancellation ends a call (a Cancel from the engine while the engine is slow to take the message).
/// </summary>
public interface IEngineLog
{
    Task LogAsync(LogSeverity severity, string message, string? urn = null, bool ephemeral = false,
        CancellationToken cancel = default);
}
