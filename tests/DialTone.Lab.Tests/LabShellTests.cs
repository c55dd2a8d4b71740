using DialTone.Exchange.Commands;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;
using DialTone.Lab.Journal;
using DialTone.Lab.Shell;

namespace DialTone.Lab.Tests;

/// <summary>LabShell: the lab behind IExchangeShell, binding through the port's catalogue.</summary>
public sealed class LabShellTests : IDisposable
{
    private readonly TestLab _lab = new();
    private readonly LabShell _shell;

    public LabShellTests() => _shell = new LabShell(_lab.Lab);

    [Fact]
    public async Task A_misspelt_parameter_fails_as_powershell_binding_fails_and_changes_nothing()
    {
        var before = _lab.StateDigest();

        var result = await Run(new ExchangeCommand("Set-Mailbox").With("Identity", "user0001").With("Databse", "DB02"));

        Assert.Equal("A parameter cannot be found that matches parameter name 'Databse'.", Assert.Single(result.Errors).Message);
        Assert.Equal(before, _lab.StateDigest());
    }

    [Fact]
    public async Task Get_mailbox_piped_to_set_mailbox_rehomes_each_mailbox_in_its_own_execution()
    {
        var result = await Run(new ExchangeCommand("Get-Mailbox").With("Database", "DB02")
            .Pipe(new ExchangeCommand("Set-Mailbox").With("Database", "DB03")));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message)));
        var moved = await Run(new ExchangeCommand("Get-Mailbox").With("Database", "DB02"));
        Assert.Empty(moved.Objects);
        var journal = _lab.Read(x => JournalBook.List(x));
        Assert.Equal(5, journal.Count);
        Assert.All(journal, e =>
        {
            Assert.Equal($"Set-Mailbox -Database 'DB03' -Identity 'contoso.com/Users/{e.Target.Split('/')[^1]}'", e.Command);
            Assert.StartsWith("contoso.com/Users/user", e.Target);
        });
    }

    [Fact]
    public async Task Get_mailbox_database_without_status_leaves_the_status_properties_empty()
    {
        var plain = (await Run(new ExchangeCommand("Get-MailboxDatabase").With("Identity", "DB01"))).OutputObjects.Single();
        var status = (await Run(new ExchangeCommand("Get-MailboxDatabase").With("Identity", "DB01").WithSwitch("Status"))).OutputObjects.Single();

        Assert.Equal(ExchangeValue.Null, plain["Mounted"]);
        Assert.Equal(ExchangeValue.Null, plain["DatabaseSize"]);
        Assert.Equal(new BooleanValue(true), status["Mounted"]);
        Assert.IsType<ByteSizeValue>(status["DatabaseSize"]);
    }

    [Fact]
    public async Task A_cmdlet_that_confirms_fails_without_confirm_false_in_a_non_interactive_session()
    {
        var result = await Run(new ExchangeCommand("Dismount-Database").With("Identity", "DB01"));

        Assert.Equal("A command that prompts the user failed because the host program or the command type does not support " +
                     "user interaction. The host was attempting to request confirmation with the following message: Are you " +
                     "sure you want to perform this action?\nPerforming the operation \"Dismount-Database\" on target \"DB01\".",
            Assert.Single(result.Errors).Message);
        Assert.True((await Run(new ExchangeCommand("Dismount-Database").With("Identity", "DB01").WithSwitch("Confirm", false))).Succeeded);
    }

    [Fact]
    public async Task What_if_reports_the_operation_and_changes_nothing()
    {
        var before = _lab.StateDigest();

        var result = await Run(new ExchangeCommand("Set-Mailbox").With("Identity", "user0001").With("Database", "DB02").WithSwitch("WhatIf"));

        Assert.Equal(["What if: Performing the operation \"Set-Mailbox\" on target \"user0001\"."], result.Warnings);
        Assert.Equal(before, _lab.StateDigest());
    }

    [Fact]
    public async Task A_parameter_the_lab_does_not_emulate_is_refused_not_ignored()
    {
        var result = await Run(new ExchangeCommand("Get-Mailbox").With("Filter", "Name -like 'user*'"));

        Assert.Equal("The DialTone lab does not emulate the parameter -Filter of Get-Mailbox. Leave it out, or run the command on real Exchange.",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task As_job_which_every_exchange_management_shell_cmdlet_takes_is_refused_as_not_emulated()
    {
        var result = await Run(new ExchangeCommand("Mount-Database").With("Identity", "DB01").WithSwitch("AsJob"));

        Assert.Equal(Messages.NotEmulated("Mount-Database", "AsJob"), Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Get_mailbox_at_its_default_result_size_carries_the_warning()
    {
        using var big = new TestLab(new Init.InitOptions { Servers = 1, Databases = 1, Mailboxes = 1_000, Items = 0 });
        using var shell = new LabShell(big.Lab);

        var result = (await shell.ExecuteAsync(Batch.Of(new ExchangeCommand("Get-Mailbox")))).Results.Single();

        Assert.Equal(1000, result.Objects.Count);
        Assert.Equal([Messages.ResultSizeWarning], result.Warnings);
    }

    [Fact]
    public async Task Passing_a_mailbox_object_as_target_mailbox_fails_with_the_argument_transformation_error()
    {
        var mailbox = (await Run(new ExchangeCommand("Get-Mailbox").With("Identity", "user0001"))).Objects.Single();

        var result = await Run(new ExchangeCommand("New-MailboxRestoreRequest").With("SourceDatabase", "DB01")
            .With("SourceStoreMailbox", "x").With("TargetMailbox", mailbox));

        Assert.StartsWith("Cannot process argument transformation on parameter 'TargetMailbox'.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Invoke_command_runs_file_work_on_the_named_server()
    {
        var created = await Run(Remote("EX02", new ExchangeCommand("New-Item").With("Path", @"E:\RDB1").With("ItemType", "Directory")));
        var listed = await Run(Remote("EX02", new ExchangeCommand("Test-Path").With("Path", @"E:\RDB1")));
        var elsewhere = await Run(Remote("EX01", new ExchangeCommand("Test-Path").With("Path", @"E:\RDB1")));

        Assert.True(created.Succeeded);
        Assert.Equal(new BooleanValue(true), listed.Objects.Single());
        Assert.Equal(new BooleanValue(false), elsewhere.Objects.Single());
    }

    [Fact]
    public async Task Invoke_command_to_an_unknown_computer_fails_as_winrm_does()
    {
        var result = await Run(Remote("EX09", new ExchangeCommand("Test-Path").With("Path", @"E:\")));

        Assert.Equal("[EX09] Connecting to remote server EX09 failed with the following error message : The WinRM client " +
                     "cannot process the request because the server name cannot be resolved.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Eseutil_mh_prints_its_lines()
    {
        await Run(new ExchangeCommand("Dismount-Database").With("Identity", "DB01").WithSwitch("Confirm", false));

        var result = await Run(Remote("EX01", new ExchangeCommand("eseutil").With("mh",
            @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01\DB01.edb")));

        Assert.Contains(new StringValue("                 State: Clean Shutdown"), result.Objects);
    }

    [Fact]
    public async Task Restore_lab_backup_places_the_files_dirty()
    {
        var result = await Run(new ExchangeCommand("Restore-LabBackup").With("Database", "DB02").With("Server", "EX01").With("Path", @"E:\RDB1"));

        Assert.Equal([@"E:\RDB1\DB02.edb", @"E:\RDB1\E0000000001.log"], result.OutputObjects.Select(o => o["FullName"]!.ToDisplayString()));
    }

    [Fact]
    public async Task A_batch_that_stops_on_error_does_not_run_the_pipelines_after_the_failure()
    {
        var batch = Batch.Sequence(new ExchangeCommand("Mount-Database").With("Identity", "DB99"),
            new ExchangeCommand("Set-Mailbox").With("Identity", "user0001").With("Database", "DB02"));

        var results = (await _shell.ExecuteAsync(batch)).Results;

        Assert.Equal("The operation couldn't be performed because object 'DB99' couldn't be found on 'DC01.contoso.com'.", results[0].Errors.Single().Message);
        Assert.False(results[1].Ran);
    }

    private static ExchangeCommand Remote(string server, ExchangeCommand command) =>
        new ExchangeCommand("Invoke-Command").With("ComputerName", server).With("ScriptBlock", new ScriptBlockValue(command));

    private async Task<PipelineResult> Run(Pipeline pipeline) => (await _shell.ExecuteAsync(Batch.Of(pipeline))).Results.Single();

    public void Dispose() => _lab.Dispose();
}
