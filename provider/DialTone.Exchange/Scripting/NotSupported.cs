using DialTone.Exchange.Errors;
using DialTone.Exchange.Scripting.Parsing;
using DialTone.Exchange.Scripting.Syntax;

namespace DialTone.Exchange.Scripting;

/// <summary>
/// "Not supported by the lab shell": every construct the lab shell does not run is refused by name, before the script
/// runs when the parser sees it, or while running when only the values show it, so nothing is ever guessed.
/// </summary>
public static class NotSupported
{
    /// <summary>The error id of every "not supported by the lab shell" error.</summary>
    public const string Id = "NotSupportedByLabShell";

    /// <summary>What the lab shell does run, appended to every "not supported" message.</summary>
    public const string SupportedGrammar =
        "The lab shell runs cmdlets with literal arguments, pipelines, $name = <pipeline>, $name | %{ Cmdlet -Param $_.Property } "
        + "and Invoke-Command -ComputerName <server> -ScriptBlock { <command> }.";

    /// <summary>A construct the parser met at <paramref name="at"/>.</summary>
    internal static ScriptParseException At(SourcePosition at, string construct) => new(at, Id, Text(construct, at));

    /// <summary>A construct met while running (its nature shows only then), as an error result.</summary>
    public static ExchangeError AtRun(string construct) => new(ErrorCategory.NotImplemented, Text(construct, at: null), Id, "NotSupportedException");

    private static string Text(string construct, SourcePosition? at) =>
        $"{construct} is not supported by the lab shell{(at is { } position ? $" ({position})" : "")}. {SupportedGrammar}";
}
