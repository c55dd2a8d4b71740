namespace DialTone.Exchange.Scripting;

/// <summary>
/// Command names PowerShell knows beyond the cmdlet catalogue, so the lab shell treats them as PowerShell would or
/// says plainly that it does not run them: Windows PowerShell 5.1's built-in aliases of the catalogued commands
/// (resolved, as PowerShell resolves them), ForEach-Object and its aliases, and the common commands administrators
/// put in runbooks that the lab shell does not run (refused by name rather than reported as unknown).
/// </summary>
public static class KnownCommands
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["icm"] = "Invoke-Command",
        ["gci"] = "Get-ChildItem", ["dir"] = "Get-ChildItem", ["ls"] = "Get-ChildItem",
        ["mi"] = "Move-Item", ["move"] = "Move-Item", ["mv"] = "Move-Item",
        ["cpi"] = "Copy-Item", ["copy"] = "Copy-Item", ["cp"] = "Copy-Item",
        ["rni"] = "Rename-Item", ["ren"] = "Rename-Item",
        ["ri"] = "Remove-Item", ["rm"] = "Remove-Item", ["rmdir"] = "Remove-Item", ["del"] = "Remove-Item",
        ["erase"] = "Remove-Item", ["rd"] = "Remove-Item",
        ["ni"] = "New-Item",
    };

    private static readonly HashSet<string> ForEachNames = new(StringComparer.OrdinalIgnoreCase) { "ForEach-Object", "%", "foreach" };

    private static readonly HashSet<string> Unsupported = new(StringComparer.OrdinalIgnoreCase)
    {
        "Where-Object", "where", "?", "Select-Object", "select", "Sort-Object", "sort", "Group-Object", "group",
        "Measure-Object", "measure", "Format-Table", "ft", "Format-List", "fl", "Format-Wide", "fw", "Format-Custom", "fc",
        "Out-File", "Out-Host", "oh", "Out-String", "Out-Null", "Out-GridView", "ogv", "Tee-Object", "tee",
        "Export-Csv", "Import-Csv", "ConvertTo-Csv", "ConvertTo-Json", "Export-Clixml", "Import-Clixml",
        "Write-Host", "Write-Output", "echo", "write", "Write-Warning", "Write-Error", "Read-Host", "Clear-Host", "cls",
        "Get-Member", "gm", "Get-Content", "gc", "cat", "type", "Set-Content", "Add-Content", "mkdir", "md",
        "Start-Sleep", "sleep", "Get-Date", "New-Object", "Get-Variable", "Set-Variable", "Set-StrictMode",
        "Set-Location", "cd", "Get-Location", "pwd", "Get-Service", "Start-Service", "Stop-Service", "Restart-Service",
        "Get-Queue", "Retry-Queue", "Resume-Queue", "Suspend-Queue", "Get-Message", "Get-MailboxServer",
        "Get-MailboxDatabaseCopyStatus", "New-MoveRequest", "Get-MoveRequest", "Disable-Mailbox", "Enable-Mailbox",
        "New-PSSession", "Import-PSSession", "Enter-PSSession", "Add-PSSnapin",
    };

    /// <summary>The catalogued name <paramref name="name"/> stands for (an alias resolved), or the name itself.</summary>
    public static string Resolve(string name) => Aliases.GetValueOrDefault(name, name);

    /// <summary>True for <c>ForEach-Object</c> and its aliases <c>%</c> and <c>foreach</c>.</summary>
    public static bool IsForEach(string name) => ForEachNames.Contains(name);

    /// <summary>True for a real PowerShell or Exchange command the lab shell does not run.</summary>
    public static bool IsUnsupported(string name) => Unsupported.Contains(name);
}
