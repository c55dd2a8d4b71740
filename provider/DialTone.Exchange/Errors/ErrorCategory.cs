namespace DialTone.Exchange.Errors;

/// <summary>PowerShell's error categories (<c>System.Management.Automation.ErrorCategory</c>), by the same names.</summary>
public enum ErrorCategory
{
    /// <summary>No category given.</summary>
    NotSpecified,
    /// <summary>Opening something failed.</summary>
    OpenError,
    /// <summary>Closing something failed.</summary>
    CloseError,
    /// <summary>A device failed.</summary>
    DeviceError,
    /// <summary>A deadlock was detected.</summary>
    DeadlockDetected,
    /// <summary>An argument is not valid (most parameter binding errors).</summary>
    InvalidArgument,
    /// <summary>Data is not valid (argument transformation and validation errors).</summary>
    InvalidData,
    /// <summary>The operation is not valid in the current state (e.g. the database is mounted).</summary>
    InvalidOperation,
    /// <summary>A result is not valid.</summary>
    InvalidResult,
    /// <summary>A type is not valid.</summary>
    InvalidType,
    /// <summary>Metadata is not valid.</summary>
    MetadataError,
    /// <summary>Not implemented.</summary>
    NotImplemented,
    /// <summary>Not installed.</summary>
    NotInstalled,
    /// <summary>An object could not be found.</summary>
    ObjectNotFound,
    /// <summary>The operation stopped.</summary>
    OperationStopped,
    /// <summary>The operation timed out.</summary>
    OperationTimeout,
    /// <summary>A syntax error.</summary>
    SyntaxError,
    /// <summary>A parser error.</summary>
    ParserError,
    /// <summary>Permission denied.</summary>
    PermissionDenied,
    /// <summary>A resource is busy (e.g. a file in use).</summary>
    ResourceBusy,
    /// <summary>A resource already exists.</summary>
    ResourceExists,
    /// <summary>A resource is unavailable (e.g. a server is down).</summary>
    ResourceUnavailable,
    /// <summary>Reading failed.</summary>
    ReadError,
    /// <summary>Writing failed.</summary>
    WriteError,
    /// <summary>A native command wrote to standard error.</summary>
    FromStdErr,
    /// <summary>A security error.</summary>
    SecurityError,
    /// <summary>A protocol error.</summary>
    ProtocolError,
    /// <summary>A connection error.</summary>
    ConnectionError,
    /// <summary>Authentication failed.</summary>
    AuthenticationError,
    /// <summary>A limit was exceeded (e.g. the edition's mounted-database limit).</summary>
    LimitsExceeded,
    /// <summary>A quota was exceeded.</summary>
    QuotaExceeded,
    /// <summary>A feature is not enabled.</summary>
    NotEnabled,
}
