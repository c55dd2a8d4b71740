using System.Text.Json;

namespace DialTone.Lab.Cli.Tests;

public sealed class FaultAndBackupVerbTests : IDisposable
{
    private readonly CliRun _cli = new();

    public FaultAndBackupVerbTests() => _cli.RunOnLab("init", "--mailboxes", "4", "--items", "1");

    [Fact]
    public void Backup_of_a_mounted_database_is_listed_by_show_backups()
    {
        var result = _cli.RunOnLab("backup", "DB02");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Backup 5 of DB02 taken at ", result.Output);
        using var json = JsonDocument.Parse(_cli.RunOnLab("show", "backups", "--json").Output);
        Assert.Equal(["DB01", "DB02", "DB03", "DB04", "DB02"], json.RootElement.EnumerateArray().Select(b => b.GetProperty("databaseName").GetString()));
    }

    [Fact]
    public void Fail_database_then_verify_reports_the_stranded_mailboxes()
    {
        var failed = _cli.RunOnLab("fail", "database", "DB01", "--keep-logs");
        var verify = _cli.RunOnLab("verify", "--json");

        Assert.Equal("Done: fail database DB01 --keep-logs.", failed.Output.Trim());
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("homed on DB01, which is not mounted", verify.Output);
    }

    [Fact]
    public void Failing_a_database_whose_file_is_gone_already_is_refused_and_keeps_its_logs_as_they_are()
    {
        _cli.RunOnLab("fail", "database", "DB02", "--keep-logs");
        const string listLogs = @"Invoke-Command -ComputerName EX02 -ScriptBlock { Get-ChildItem 'C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB02' }";
        var logs = _cli.RunOnLab("shell", "-c", listLogs).Output;
        Assert.Contains("E00.log", logs);

        var again = _cli.RunOnLab("fail", "database", "DB02");

        Assert.Equal((1, @"dialtone-lab: Database 'DB02' has no file at 'C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB02\DB02.edb' to lose: " +
                         "it has failed already or was never mounted. 'dialtone-lab show databases' shows its state."),
            (again.ExitCode, again.Error.Trim()));
        Assert.Equal(logs, _cli.RunOnLab("shell", "-c", listLogs).Output);
    }

    [Fact]
    public void Failing_a_server_that_is_down_already_is_refused_naming_it()
    {
        _cli.RunOnLab("fail", "server", "EX02");

        var again = _cli.RunOnLab("fail", "server", "EX02");

        Assert.Equal((1, "dialtone-lab: Server 'EX02' is down already. 'dialtone-lab show servers' shows each server's state."),
            (again.ExitCode, again.Error.Trim()));
    }

    [Fact]
    public void Fail_journals_the_fault_with_every_option_it_took()
    {
        _cli.RunOnLab("fail", "database", "DB02", "--keep-logs");
        _cli.RunOnLab("fail", "items", "--database", "DB01", "--mailbox", "user0001", "--count", "2", "--large");

        using var json = JsonDocument.Parse(_cli.RunOnLab("journal", "--json").Output);
        Assert.Equal(["fail database DB02 --keep-logs", "fail items --database DB01 --mailbox user0001 --count 2 --large"],
            json.RootElement.EnumerateArray().Select(e => e.GetProperty("command").GetString()));
    }

    [Fact]
    public void Fail_with_json_prints_the_fault_and_the_items_it_damaged()
    {
        var result = _cli.RunOnLab("fail", "items", "--database", "DB01", "--mailbox", "user0001", "--json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("fail items --database DB01 --mailbox user0001 --count 1", json.RootElement.GetProperty("command").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Fail_items_with_count_zero_names_the_option_and_damages_nothing()
    {
        var result = _cli.RunOnLab("fail", "items", "--database", "DB01", "--mailbox", "user0001", "--count", "0");

        Assert.Equal((1, "dialtone-lab: --count must be at least 1 (got 0)."), (result.ExitCode, result.Error.Trim()));
        Assert.Equal(0, _cli.RunOnLab("verify").ExitCode);
    }

    [Fact]
    public void Fail_items_in_a_database_that_holds_none_of_the_mailbox_s_mail_names_the_options_and_damages_nothing()
    {
        var result = _cli.RunOnLab("fail", "items", "--database", "DB02", "--mailbox", "user0001");

        Assert.Equal((1, "dialtone-lab: --mailbox 'user0001' has 0 sound message(s) in the file of --database 'DB02', fewer than --count 1. " +
                         "Name the database whose file holds the mailbox's mail, lower --count, or add --large."),
            (result.ExitCode, result.Error.Trim()));
        Assert.Equal(0, _cli.RunOnLab("verify").ExitCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("RDB1")]
    [InlineData(@"E:RDB1")]
    public void Restore_to_a_path_that_is_not_a_full_folder_path_names_the_option_and_restores_nothing(string path)
    {
        var result = _cli.RunOnLab("restore", "--database", "DB01", "--server", "EX01", "--path", path);

        Assert.Equal((1, $@"dialtone-lab: --path must be a full folder path on the server, such as E:\RDB1 (got '{path}')."),
            (result.ExitCode, result.Error.Trim()));
        Assert.Equal("False", _cli.RunOnLab("shell", "-c", @"Invoke-Command -ComputerName EX01 -ScriptBlock { Test-Path C:\Users\Administrator\Documents\DB01.edb }").Output.Trim());
        Assert.Empty(JsonDocument.Parse(_cli.RunOnLab("journal", "--json").Output).RootElement.EnumerateArray());
    }

    [Theory]
    [InlineData("x")]
    [InlineData("0")]
    public async Task A_crash_variable_that_is_not_a_positive_number_is_refused_naming_it_and_nothing_runs(string value)
    {
        var result = await DialTone.Testing.ProcessRun.RunAsync(DialTone.Testing.Repository.LabLauncher,
            ["send", "--to", "user0001", "--lab", _cli.LabPath], environment: new Dictionary<string, string?> { ["DIALTONE_LAB_CRASH_AFTER"] = value });

        Assert.Equal((1, $"dialtone-lab: DIALTONE_LAB_CRASH_AFTER must be a whole number of at least 1 (got '{value}'). " +
                         "Unset it, or set it to the mutating execution to crash in."), (result.ExitCode, result.StandardError.Trim()));
        Assert.Empty(JsonDocument.Parse(_cli.RunOnLab("journal", "--json").Output).RootElement.EnumerateArray());
    }

    [Fact]
    public void Fail_crash_after_zero_names_the_option_and_arms_nothing()
    {
        var result = _cli.RunOnLab("fail", "crash", "--after", "0");

        Assert.Equal((1, "dialtone-lab: --after must be at least 1 (got 0)."), (result.ExitCode, result.Error.Trim()));
        Assert.Equal(0, _cli.RunOnLab("send", "--to", "user0001").ExitCode);
    }

    [Fact]
    public void Restore_puts_the_backup_into_a_folder_and_says_it_is_dirty()
    {
        var result = _cli.RunOnLab("restore", "--database", "DB01", "--server", "EX02", "--path", @"E:\RDB1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(@"Restored E:\RDB1\DB01.edb, E:\RDB1\E0000000001.log on EX02 (dirty: mount it or run eseutil /r).", result.Output.Trim());
    }

    [Fact]
    public void Restore_of_a_removed_database_s_backup_still_restores_it()
    {
        _cli.RunOnLab("shell", "-c", "New-MailboxDatabase -Name DB09 -Server EX01\nMount-Database DB09");
        _cli.RunOnLab("backup", "DB09");
        _cli.RunOnLab("shell", "-c", "Dismount-Database DB09 -Confirm:$false\nRemove-MailboxDatabase DB09 -Confirm:$false");

        var result = _cli.RunOnLab("restore", "--database", "DB09", "--server", "EX01", "--path", @"E:\RDB9");

        Assert.Equal((0, @"Restored E:\RDB9\DB09.edb, E:\RDB9\E0200000001.log on EX01 (dirty: mount it or run eseutil /r)."),
            (result.ExitCode, result.Output.Trim()));
    }

    [Fact]
    public void Restore_is_journaled_with_every_option_it_took()
    {
        _cli.RunOnLab("restore", "--database", "DB01", "--server", "EX02", "--path", @"E:\RDB1", "--backup", "1");

        using var json = JsonDocument.Parse(_cli.RunOnLab("journal", "--json").Output);
        Assert.Equal([@"restore --database DB01 --server EX02 --path E:\RDB1 --backup 1"],
            json.RootElement.EnumerateArray().Select(e => e.GetProperty("command").GetString()));
    }

    [Fact]
    public void Restore_without_a_required_option_names_it()
    {
        var result = _cli.RunOnLab("restore", "--database", "DB01", "--server", "EX02");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--path", result.Error);
    }

    [Fact]
    public void Fail_crash_again_says_it_replaces_the_earlier_crash_point_and_journals_that()
    {
        _cli.RunOnLab("fail", "crash", "--after", "2");

        var again = _cli.RunOnLab("fail", "crash", "--after", "3");

        const string replaced = "This replaces the crash point set earlier, which had 2 mutating command(s) to go, this one included.";
        Assert.Equal((0, $"Done: fail crash --after 3.\nWARNING: {replaced}"), (again.ExitCode, again.Output.Trim()));
        using var json = JsonDocument.Parse(_cli.RunOnLab("journal", "--json", "--last", "1").Output);
        Assert.Equal(("fail crash --after 3", replaced),
            (json.RootElement[0].GetProperty("command").GetString(), json.RootElement[0].GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Fail_crash_after_n_kills_the_process_right_after_the_nth_command_commits()
    {
        _cli.RunOnLab("fail", "crash", "--after", "2");

        var exits = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            exits.Add((await DialTone.Testing.ProcessRun.RunAsync(DialTone.Testing.Repository.LabLauncher,
                ["send", "--to", "user0001", "--lab", _cli.LabPath])).ExitCode);
        }

        Assert.Equal([0, 137, 0], exits);
        using var json = JsonDocument.Parse(_cli.RunOnLab("journal", "--json").Output);
        Assert.Equal(3, json.RootElement.EnumerateArray().Count(e => e.GetProperty("command").GetString() == "send --to user0001"));
    }

    [Fact]
    public async Task Fail_items_corrupts_an_item_so_that_a_restore_request_of_the_mailbox_fails_on_it()
    {
        var failed = RestoreRequestOfUser0001WithACorruptItem();

        Assert.Equal("Done: fail items --database RDB1 --mailbox user0001 --count 1.", failed.Output.Trim());
        var request = await FinishedRequest();
        Assert.Equal(("Failed", 1), (request.GetProperty("status").GetString(), request.GetProperty("badItems").GetInt32()));
    }

    [Fact]
    public async Task Get_mailbox_restore_request_statistics_of_a_request_failed_on_a_bad_item_reports_its_failure()
    {
        RestoreRequestOfUser0001WithACorruptItem();
        await FinishedRequest();

        var result = _cli.RunOnLab("shell", "--json", "-c", @"Get-MailboxRestoreRequestStatistics user0001\MailboxRestore");

        using var json = JsonDocument.Parse(result.Output);
        var statistics = json.RootElement[0].GetProperty("objects")[0].GetProperty("object").GetProperty("properties");
        Assert.Equal(("Failed", "FailedOther", "TooManyBadItemsPermanentException", 1, "RDB1", "DB01"),
            (statistics.GetProperty("Status").GetString(), statistics.GetProperty("StatusDetail").GetString(),
                statistics.GetProperty("FailureType").GetString(), statistics.GetProperty("BadItemsEncountered").GetInt32(),
                statistics.GetProperty("SourceDatabase").GetString(), statistics.GetProperty("TargetDatabase").GetString()));
    }

    /// <summary>DB01's backup mounted as RDB1, one of user0001's items there corrupted, and a restore request of it made.</summary>
    private CliResult RestoreRequestOfUser0001WithACorruptItem()
    {
        _cli.RunOnLab("restore", "--database", "DB01", "--server", "EX01", "--path", @"E:\RDB1");
        Assert.Equal(0, _cli.RunOnLab("shell", "-c", @"New-MailboxDatabase -Recovery -Name RDB1 -Server EX01 -EdbFilePath E:\RDB1\DB01.edb -LogFolderPath E:\RDB1
Mount-Database RDB1").ExitCode);
        using var mailboxes = JsonDocument.Parse(_cli.RunOnLab("show", "mailboxes", "--json").Output);
        var guid = mailboxes.RootElement.EnumerateArray().Single(m => m.GetProperty("alias").GetString() == "user0001")
            .GetProperty("exchangeGuid").GetString();
        var failed = _cli.RunOnLab("fail", "items", "--database", "RDB1", "--mailbox", "user0001");
        Assert.Equal(0, _cli.RunOnLab("shell", "-c", $"New-MailboxRestoreRequest -SourceDatabase RDB1 -SourceStoreMailbox {guid} -TargetMailbox {guid}").ExitCode);
        return failed;
    }

    /// <summary>The only restore request once the MRS (on the real clock, at init's rate) has finished it.</summary>
    private async Task<JsonElement> FinishedRequest()
    {
        for (var attempt = 0; ; attempt++)
        {
            var request = JsonDocument.Parse(_cli.RunOnLab("show", "requests", "--json").Output).RootElement.EnumerateArray().Single();
            if (request.GetProperty("status").GetString() is "Failed" or "Completed" or "CompletedWithWarning" || attempt == 200)
            {
                return request;
            }
            await Task.Delay(50);
        }
    }

    public void Dispose() => _cli.Dispose();
}
