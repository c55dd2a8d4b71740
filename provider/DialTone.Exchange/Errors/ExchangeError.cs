namespace DialTone.Exchange.Errors;

/// <summary>
/// One error as the Exchange Management Shell reports it: the message an administrator reads, its category, the
/// error id PowerShell puts first in <c>FullyQualifiedErrorId</c> (the cmdlet name follows it there), the exception
/// type shown as the reason in <c>CategoryInfo</c>, the object it concerns, and whether retrying may succeed.
/// </summary>
/// <param name="Category">PowerShell's category.</param>
/// <param name="Message">The message, word for word as Exchange or PowerShell writes it.</param>
/// <param name="ErrorId">The error id, e.g. <c>NamedParameterNotFound</c> or <c>ManagementObjectNotFoundException</c>.</param>
/// <param name="Reason">The exception type shown in <c>CategoryInfo</c>, e.g. <c>ParameterBindingException</c>.</param>
/// <param name="TargetObject">The identity of the object the error concerns, when there is one.</param>
/// <param name="IsTransient">True when the same command may succeed if run again later (e.g. a server is busy).</param>
public sealed record ExchangeError(
    ErrorCategory Category,
    string Message,
    string ErrorId,
    string Reason,
    string? TargetObject = null,
    bool IsTransient = false)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
