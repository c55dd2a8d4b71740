namespace DialTone.Exchange.Errors;

/// <summary>
/// DialTone's own rules about commands, where PowerShell itself has none (so the wording is DialTone's): where a command
/// runs (server file work on a named server inside <c>Invoke-Command</c>, one command at a time; lab-only cmdlets never
/// on real Exchange), what its arguments may hold (values, never objects; a script block only for
/// <c>Invoke-Command -ScriptBlock</c>), and how a native command (eseutil) is written.
/// </summary>
public static class CommandModelErrors
{
    private const string Reason = "CommandScopeException";

    /// <summary>A server-local command (Move-Item, eseutil, …) given outside <c>Invoke-Command</c>.</summary>
    public static ExchangeError OutsideInvokeCommand(string cmdlet) => new(
        ErrorCategory.InvalidOperation,
        $"{cmdlet} works on an Exchange server's own disks, so it runs only inside "
            + $"Invoke-Command -ComputerName <server> -ScriptBlock {{ {cmdlet} … }}.",
        "ServerCommandOutsideInvokeCommand",
        Reason,
        cmdlet);

    /// <summary>A command that is not server-local given inside <c>Invoke-Command -ScriptBlock</c>.</summary>
    public static ExchangeError NotAllowedInScriptBlock(string cmdlet, IEnumerable<string> allowed) => new(
        ErrorCategory.InvalidOperation,
        $"Only {string.Join(", ", allowed)} run inside Invoke-Command -ScriptBlock; {cmdlet} runs in the Exchange "
            + "session itself: give it outside Invoke-Command.",
        "CommandNotAllowedInScriptBlock",
        Reason,
        cmdlet);

    /// <summary>A script block holding more (or fewer) than one command.</summary>
    public static ExchangeError ScriptBlockNeedsOneCommand(int count) => new(
        ErrorCategory.InvalidOperation,
        $"The script block of Invoke-Command must hold exactly one command; it holds {count}. "
            + "Give each file operation its own Invoke-Command.",
        "ScriptBlockNeedsOneCommand",
        Reason);

    /// <summary><c>Invoke-Command</c> without exactly one <c>-ComputerName</c>.</summary>
    public static ExchangeError NeedsOneComputer() => new(
        ErrorCategory.InvalidOperation,
        "Invoke-Command runs server file work on one named Exchange server: give exactly one -ComputerName, "
            + "e.g. Invoke-Command -ComputerName EX01 -ScriptBlock { … }.",
        "InvokeCommandNeedsOneComputer",
        Reason);

    /// <summary>A lab-only cmdlet sent to real Exchange (the bridge answers with this).</summary>
    public static ExchangeError LabOnly(string cmdlet) => new(
        ErrorCategory.InvalidOperation,
        $"{cmdlet} exists only in the DialTone lab, where it stands in for the backup software; real Exchange has no "
            + "such cmdlet. Restore the files with your backup software, then declare where they are.",
        "LabOnlyCommand",
        Reason,
        cmdlet);

    /// <summary>
    /// An object (a mailbox, a database…) given as an argument where it would have to travel as itself: a command is data
    /// the lab runs and the bridge sends to Exchange, so it holds values only. (An identity parameter takes the object's
    /// identity instead.)
    /// </summary>
    public static ExchangeError ObjectArgument(string parameter, string obj) => new(
        ErrorCategory.InvalidArgument,
        $"-{parameter} would take the object '{obj}' itself, which a DialTone command cannot carry (commands are data, sent "
            + "to Exchange as text). Give the object's identity or one of its properties instead, e.g. $_.Identity.",
        "ObjectArgumentNotSupported",
        "CommandModelException",
        parameter);

    /// <summary>A script block given to a parameter other than <c>Invoke-Command -ScriptBlock</c>.</summary>
    public static ExchangeError ScriptBlockArgument(string parameter) => new(
        ErrorCategory.InvalidArgument,
        $"-{parameter} was given a script block {{ … }}; a DialTone command holds a script block only as "
            + "Invoke-Command -ScriptBlock. Give -" + parameter + " its value in quotes.",
        "ScriptBlockArgumentNotSupported",
        "CommandModelException",
        parameter);

    /// <summary>
    /// A number given for an Exchange enumeration: PowerShell would take the name with that value, but Exchange does
    /// not publish its enumerations' values, so DialTone asks for the name rather than guess.
    /// </summary>
    public static ExchangeError EnumNumberUnknown(string parameter, long number, string enumeration, IEnumerable<string> names) => new(
        ErrorCategory.InvalidArgument,
        $"-{parameter} was given the number {number}, but the numeric values of {enumeration} are not published, so DialTone "
            + $"cannot tell which it means. Give one of the names: {string.Join(", ", names)}.",
        "EnumerationNumberNotKnown",
        "CommandModelException",
        parameter);

    /// <summary>A native command (eseutil) given options it does not take; <paramref name="detail"/> says which and how to fix it.</summary>
    public static ExchangeError NativeCommandUsage(string detail) => new(
        ErrorCategory.InvalidArgument,
        detail,
        "NativeCommandUsage",
        "NativeCommandUsageException");
}
