namespace DialTone.Exchange.Errors;

/// <summary>
/// DialTone's own rules about where a command may run (PowerShell itself has none of these, so the wording is
/// DialTone's): server file work runs on a named server inside <c>Invoke-Command</c>, one command at a time, and
/// lab-only cmdlets never reach real Exchange.
/// </summary>
public static class CommandScopeErrors
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

    /// <summary>A native command (eseutil) given options it does not take; <paramref name="detail"/> says which and how to fix it.</summary>
    public static ExchangeError NativeCommandUsage(string detail) => new(
        ErrorCategory.InvalidArgument,
        detail,
        "NativeCommandUsage",
        "NativeCommandUsageException");
}
