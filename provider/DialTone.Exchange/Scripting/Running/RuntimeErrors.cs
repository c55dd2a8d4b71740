using DialTone.Exchange.Errors;

namespace DialTone.Exchange.Scripting.Running;

/// <summary>PowerShell's own runtime errors for what a statement does with its values.</summary>
internal static class RuntimeErrors
{
    /// <summary>PowerShell's strict-mode error for a variable never assigned (the lab shell reads variables as <c>Set-StrictMode -Version 1</c> does).</summary>
    public static ExchangeError VariableIsUndefined(string name) => new(
        ErrorCategory.InvalidOperation, $"The variable '${name}' cannot be retrieved because it has not been set.",
        "VariableIsUndefined", "RuntimeException", name);

    /// <summary>A method called on <c>$null</c>.</summary>
    public static ExchangeError InvokeMethodOnNull() => new(
        ErrorCategory.InvalidOperation, "You cannot call a method on a null-valued expression.", "InvokeMethodOnNull", "RuntimeException");

    /// <summary>An assignment to <c>$true</c> or <c>$false</c>.</summary>
    public static ExchangeError VariableNotWritable(string name) => new(
        ErrorCategory.WriteError, $"Cannot overwrite variable {name} because it is read-only or constant.",
        "VariableNotWritable", "SessionStateUnauthorizedAccessException", name);
}
