namespace DialTone.Testing;

/// <summary>
/// Microsoft's same-server dial tone procedure as the committed runbooks (examples/runbooks/same-server) hold it: the
/// one declaration of the procedure every test runs. A documented defect is put back by an exact edit of the text,
/// which fails loudly if the runbook no longer holds the corrected line.
/// </summary>
public static class SameServerRunbook
{
    /// <summary>Steps 1-4: the dial tone database.</summary>
    public const string DialTone = "1-dial-tone.ps1";

    /// <summary>Steps 5-13: restore, swap, merge.</summary>
    public const string Recover = "2-recover.ps1";

    /// <summary>Step 14: clean up.</summary>
    public const string CleanUp = "3-clean-up.ps1";

    /// <summary>The runbook's path.</summary>
    public static string PathOf(string file) => Path.Combine(Repository.Root, "examples", "runbooks", "same-server", file);

    /// <summary>The runbook's text.</summary>
    public static string Read(string file) => File.ReadAllText(PathOf(file));

    /// <summary>Step 3 of <see cref="DialTone"/> as Microsoft publishes it: the default result size, no system mailboxes.</summary>
    public static string WithStep3AsPublished(string dialTone) =>
        WithoutLinesStarting(
            Edit(dialTone, "Get-Mailbox -Database DB01 -ResultSize Unlimited |", "Get-Mailbox -Database DB01 |"),
            "Get-Mailbox -Database DB01 -Arbitration", "Get-Mailbox -Database DB01 -AuditLog");

    /// <summary><see cref="Recover"/> without step 11's AllowFileRestore.</summary>
    public static string WithoutAllowFileRestore(string recover) => WithoutLinesStarting(recover, "Set-MailboxDatabase DTDB1 -AllowFileRestore");

    /// <summary>Step 13 of <see cref="Recover"/> as Microsoft publishes it: the mailbox object as the target.</summary>
    public static string WithStep13AsPublished(string recover) =>
        Edit(recover, "-TargetMailbox $_.ExchangeGuid.ToString()", "-TargetMailbox $_");

    private static string Edit(string text, string corrected, string published) => text.Contains(corrected, StringComparison.Ordinal)
        ? text.Replace(corrected, published, StringComparison.Ordinal)
        : throw new InvalidOperationException($"The runbook no longer holds '{corrected}': update the defect it puts back.");

    private static string WithoutLinesStarting(string text, params string[] starts)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var kept = lines.Where(line => !starts.Any(start => line.StartsWith(start, StringComparison.Ordinal))).ToList();
        return lines.Length - kept.Count == starts.Length
            ? string.Join('\n', kept)
            : throw new InvalidOperationException($"The runbook does not hold exactly one line starting with each of: {string.Join("; ", starts)}.");
    }
}
