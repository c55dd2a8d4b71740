namespace DialTone.Exchange.Catalogue;

/// <summary>Where a catalogued command runs, which decides where it may appear and which transport serves it.</summary>
public enum CommandScope
{
    /// <summary>An Exchange cmdlet, run in the remote Exchange Management Shell session.</summary>
    ExchangeSession,

    /// <summary><c>Invoke-Command</c>: runs one server-local command on a named Exchange server.</summary>
    Remoting,

    /// <summary>A command that works on a server's own disks; allowed only inside <c>Invoke-Command -ScriptBlock</c>.</summary>
    ServerLocal,

    /// <summary>A lab-only cmdlet (<c>Restore-LabBackup</c>, standing in for the backup software); the bridge refuses it.</summary>
    Lab,
}

/// <summary>How a command's arguments are written.</summary>
public enum CommandSyntax
{
    /// <summary>A PowerShell cmdlet: <c>-Name value</c>, bound by PowerShell's rules.</summary>
    Cmdlet,

    /// <summary>A native program (<c>eseutil</c>): <c>/option value</c>, options matched exactly.</summary>
    Native,
}
