using DialTone.Exchange.Errors;

namespace DialTone.Exchange.Rendering;

/// <summary>Writes an error as the Exchange Management Shell prints an error record.</summary>
public static class ErrorRecordRenderer
{
    /// <summary>
    /// The message, then <c>+ CategoryInfo</c> and <c>+ FullyQualifiedErrorId</c> lines, e.g.
    /// <c>+ FullyQualifiedErrorId : NamedParameterNotFound,Set-Mailbox</c>. Without a <paramref name="cmdlet"/> (a parse
    /// error, an unknown command) the record names none, as PowerShell's do: <c>[]</c> and no <c>,cmdlet</c> suffix.
    /// </summary>
    public static string Render(ExchangeError error, string? cmdlet)
    {
        var target = error.TargetObject is { } name ? $"{name}:String" : ":";
        var suffix = cmdlet is null ? "" : "," + cmdlet;
        return $"{error.Message}\n"
            + $"    + CategoryInfo          : {error.Category}: ({target}) [{cmdlet}], {error.Reason}\n"
            + $"    + FullyQualifiedErrorId : {error.ErrorId}{suffix}";
    }
}
