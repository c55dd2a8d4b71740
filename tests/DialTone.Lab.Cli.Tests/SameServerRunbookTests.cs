using System.Diagnostics;
using System.Text.Json;
using DialTone.Testing;

namespace DialTone.Lab.Cli.Tests;

/// <summary>
/// Microsoft's same-server dial tone recovery as committed runbooks (examples/runbooks/same-server), typed as an
/// administrator would and run through <c>dialtone-lab shell</c> against a lab whose DB01 failed with its logs kept:
/// with the documented defects corrected it loses nothing; without AllowFileRestore it stops at step 11's mount; with
/// step 13 as published no restore request is made.
/// </summary>
public sealed class SameServerRunbookTests : IDisposable
{
    private readonly CliRun _cli = new();

    public SameServerRunbookTests()
    {
        Succeeds(_cli.RunOnLab("init", "--mailboxes", "6", "--items", "3", "--mrs-rate", "1000"));
        Succeeds(_cli.RunOnLab("send", "--count", "2"));
        Succeeds(_cli.RunOnLab("fail", "database", "DB01", "--keep-logs"));
    }

    public void Dispose() => _cli.Dispose();

    private static CliResult Succeeds(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        return result;
    }

    [Fact]
    public void The_corrected_procedure_ends_with_verify_passing_after_mail_during_dial_tone()
    {
        Succeeds(_cli.RunOnLab("shell", SameServerRunbook.PathOf(SameServerRunbook.DialTone)));
        Succeeds(_cli.RunOnLab("send", "--count", "3"));
        Succeeds(_cli.RunOnLab("shell", SameServerRunbook.PathOf(SameServerRunbook.Recover)));
        WaitForTheMerge();
        Succeeds(_cli.RunOnLab("shell", SameServerRunbook.PathOf(SameServerRunbook.CleanUp)));

        var verify = _cli.RunOnLab("verify");

        Assert.Equal(0, verify.ExitCode);
        Assert.StartsWith("Verified: ", verify.Output);
    }

    [Fact]
    public void Without_the_allow_file_restore_line_the_procedure_stops_at_the_mount_with_the_identity_mismatch()
    {
        var withoutAllowFileRestore = SameServerRunbook.WithoutAllowFileRestore(SameServerRunbook.Read(SameServerRunbook.Recover)).Split('\n');
        var script = Path.Combine(_cli.Folder, "2-recover-without-allow-file-restore.ps1");
        File.WriteAllLines(script, withoutAllowFileRestore);
        Succeeds(_cli.RunOnLab("shell", SameServerRunbook.PathOf(SameServerRunbook.DialTone)));

        var result = _cli.RunOnLab("shell", script);

        var mountLine = Array.IndexOf(withoutAllowFileRestore, "Mount-Database -Identity DTDB1") + 1;
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(Messages.FileIdentityMismatch("DTDB1", @"D:\DialTone\DTDB1.EDB", "DB01") + "\n", result.Error.ReplaceLineEndings("\n"));
        Assert.Contains($"dialtone-lab: stopped at line {mountLine}; 4 statement(s) not run", result.Error);
    }

    [Fact]
    public void With_step_13_as_microsoft_publishes_it_every_restore_request_fails_the_argument_transformation()
    {
        var published = SameServerRunbook.WithStep13AsPublished(SameServerRunbook.Read(SameServerRunbook.Recover));
        var script = Path.Combine(_cli.Folder, "2-recover-as-published.ps1");
        File.WriteAllText(script, published);
        Succeeds(_cli.RunOnLab("shell", SameServerRunbook.PathOf(SameServerRunbook.DialTone)));

        var result = _cli.RunOnLab("shell", script);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Cannot process argument transformation on parameter 'TargetMailbox'. Cannot convert the \"", result.Error);
        Assert.Contains("\" value of type \"Microsoft.Exchange.Data.Directory.Management.Mailbox\" to type "
            + "\"Microsoft.Exchange.Configuration.Tasks.MailboxLocationIdParameter\".", result.Error);
        var requests = JsonDocument.Parse(_cli.RunOnLab("shell", "-c", "Get-MailboxRestoreRequest", "--json").Output).RootElement[0];
        Assert.Empty(requests.GetProperty("objects").EnumerateArray());
    }

    /// <summary>The administrator's wait: Get-MailboxRestoreRequest until every request of the batch is Completed.</summary>
    private void WaitForTheMerge()
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var requests = Succeeds(_cli.RunOnLab("shell", "-c", "Get-MailboxRestoreRequest -BatchName DialTone", "--json"));
            var statuses = JsonDocument.Parse(requests.Output).RootElement[0].GetProperty("objects").EnumerateArray()
                .Select(r => r.GetProperty("object").GetProperty("properties").GetProperty("Status").GetString()).ToList();
            Assert.NotEmpty(statuses);
            if (statuses.All(status => status == "Completed"))
            {
                return;
            }
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"The merge did not complete in 60 s: {string.Join(", ", statuses)}");
            Thread.Sleep(250);
        }
    }
}
