using DialTone.Exchange.Errors;

namespace DialTone.Lab;

/// <summary>
/// A command failed the way Exchange fails: the port's <see cref="ExchangeError"/> (PowerShell's category, Exchange's
/// message, the error id and the object the command was working on). Nothing the failed execution started is kept.
/// </summary>
public sealed class LabException(ExchangeError error) : Exception(error.Message)
{
    /// <summary>An error of the lab's own wording (Messages), with the exception type Exchange reports for its category.</summary>
    public LabException(ErrorCategory category, string message, string target)
        : this(new ExchangeError(category, message, ReasonOf(category), ReasonOf(category), target))
    {
    }

    public ExchangeError Error { get; } = error;

    /// <summary>No object answers to the identity (Exchange's ManagementObjectNotFoundException).</summary>
    public static LabException NotFound(string identity) =>
        new(ExchangeErrors.ObjectNotFound(identity, Organization.Contoso.DomainController) with { TargetObject = identity });

    public static LabException Ambiguous(string identity) =>
        new(ExchangeErrors.ObjectAmbiguous(identity) with { TargetObject = identity });

    /// <summary>The command would ask a question a non-interactive session cannot answer.</summary>
    public static LabException Confirmation(string question, string target) =>
        new(PowerShellErrors.ConfirmationNotPossible(question) with { TargetObject = target });

    private static string ReasonOf(ErrorCategory category) => category switch
    {
        ErrorCategory.ObjectNotFound => "ManagementObjectNotFoundException",
        ErrorCategory.InvalidArgument => "ArgumentException",
        ErrorCategory.InvalidOperation => "InvalidOperationException",
        ErrorCategory.ResourceUnavailable => "MapiExceptionMdbOffline",
        ErrorCategory.WriteError or ErrorCategory.ResourceExists => "IOException",
        _ => "LocalizedException",
    };
}

/// <summary>The lab file is missing or is not a lab: a setup error, not something Exchange would say.</summary>
public sealed class LabNotFoundException(string message) : Exception(message);
