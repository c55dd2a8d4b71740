using DialTone.Exchange.Errors;

namespace DialTone.Exchange.Rendering;

/// <summary>Writes an error as the Exchange Management Shell prints an error record.</summary>
public static class ErrorRecordRenderer
{
    /// <summary>
    /// The message, then <c>+ CategoryInfo</c> and <c>+ FullyQualifiedErrorId</c> lines, e.g.
    /// <c>+ FullyQualifiedErrorId : NamedParameterNotFound,Set-Mailbox</c>.
    /// </summary>
    public static string Render(ExchangeError error, string cmdlet)
    {
        var target = error.TargetObject is { } name ? $"{name}:String" : ":";
        return $"{error.Message}\n"
            + $"    + CategoryInfo          : {error.Category}: ({target}) [{cmdlet}], {error.Reason}\n"
            + $"    + FullyQualifiedErrorId : {error.ErrorId},{cmdlet}";
    }
}
