using DialTone.Exchange.Commands;
using DialTone.Lab.Driver;
using DialTone.Lab.Faults;
using DialTone.Lab.Init;
using DialTone.Lab.Integrity;
using DialTone.Lab.Mail;
using DialTone.Lab.Shell;

namespace DialTone.Lab.Tests;

/// <summary>
/// Microsoft's same-server procedure (fact sheet §1.2), read from the committed runbooks and run through the lab shell
/// over LabShell after DB01 failed with its logs surviving, mail arriving before, during and after dial tone; and each
/// documented defect put back.
/// </summary>
public sealed class ProcedureTests
{
    [Fact]
    public async Task The_corrected_procedure_ends_with_verify_passing_after_mail_during_dial_tone()
    {
        using var lab = Failed(new InitOptions { Servers = 2, Databases = 4, Mailboxes = 40, Items = 3, MrsRate = 5 });
        using var shell = new LabShell(lab.Lab);

        var failed = await Procedure(lab, shell).RunAsync(new ProcedureDefects());

        Assert.True(failed is null, failed?.Errors.Select(e => e.Render()).FirstOrDefault());
        var report = lab.Read(Verifier.Run);
        Assert.True(report.Passed, string.Join('\n', report.Findings.Take(20).Select(f => f.Describe())));
    }

    [Fact]
    public async Task Leaving_the_default_result_size_and_the_system_mailboxes_strands_them_on_the_failed_database()
    {
        using var lab = Failed(new InitOptions { Servers = 2, Databases = 4, Mailboxes = 4_004, Items = 1, MrsRate = 500 });
        using var shell = new LabShell(lab.Lab);

        await Procedure(lab, shell).RunAsync(new ProcedureDefects(DefaultResultSizeAndNoSystemMailboxes: true));

        var stranded = lab.Read(Verifier.Run).Findings.Where(f => f.Kind == FindingKind.Stranded).Select(f => f.Mailbox).ToList();
        Assert.Equal(1_006 - 1_000 + 7 + 1, stranded.Count);
        Assert.Contains("SystemMailbox{8cc370d3-822a-4ab8-a926-bb94bd0641a9}", stranded);
        var remove = (await shell.ExecuteAsync(Batch.Of(new ExchangeCommand("Remove-MailboxDatabase").With("Identity", "DB01")
            .WithSwitch("Confirm", false)))).Results.Single();
        Assert.Equal(Messages.DatabaseHasMailboxes, remove.Errors.Single().Message);
    }

    [Fact]
    public async Task Leaving_out_allow_file_restore_stops_at_the_mount_with_the_identity_mismatch()
    {
        using var lab = Failed(new InitOptions { Servers = 2, Databases = 4, Mailboxes = 8, Items = 2 });
        using var shell = new LabShell(lab.Lab);

        var failed = await Procedure(lab, shell).RunAsync(new ProcedureDefects(NoAllowFileRestore: true));

        Assert.Equal("Mount-Database -Identity DTDB1", failed!.Statement.Text);
        Assert.Equal(Messages.FileIdentityMismatch("DTDB1", @"D:\DialTone\DTDB1.EDB", "DB01"), failed.Errors.Single().Error.Message);
    }

    [Fact]
    public async Task Passing_the_mailbox_object_as_target_fails_with_the_argument_transformation_error()
    {
        using var lab = Failed(new InitOptions { Servers = 2, Databases = 4, Mailboxes = 8, Items = 2 });
        using var shell = new LabShell(lab.Lab);

        var failed = await Procedure(lab, shell).RunAsync(new ProcedureDefects(MailboxObjectAsTarget: true));

        Assert.NotEmpty(failed!.Errors);
        Assert.All(failed.Errors, e => Assert.StartsWith("Cannot process argument transformation on parameter 'TargetMailbox'. ", e.Error.Message));
    }

    /// <summary>A lab where mail has arrived since the last backup and DB01 has then failed, its logs surviving.</summary>
    internal static TestLab Failed(InitOptions options)
    {
        var lab = new TestLab(options);
        Mailer.Send(lab.Lab, null, 1);
        lab.Mutate(x => Failures.FailDatabase(x, "DB01", keepLogs: true));
        Mailer.Send(lab.Lab, "user0001", 1);
        return lab;
    }

    private static DialToneProcedure Procedure(TestLab lab, LabShell shell) =>
        new(shell, lab.Clock.Advance, _ => Mailer.Send(lab.Lab, null, 1));
}
