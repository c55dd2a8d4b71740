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

        Assert.Equal("Done: fail database DB01.", failed.Output.Trim());
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("homed on DB01, which is not mounted", verify.Output);
    }

    [Fact]
    public void Restore_puts_the_backup_into_a_folder_and_says_it_is_dirty()
    {
        var result = _cli.RunOnLab("restore", "--database", "DB01", "--server", "EX02", "--path", @"E:\RDB1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(@"Restored E:\RDB1\DB01.edb, E:\RDB1\E0000000001.log on EX02 (dirty: mount it or run eseutil /r).", result.Output.Trim());
    }

    [Fact]
    public void Restore_without_a_required_option_names_it()
    {
        var result = _cli.RunOnLab("restore", "--database", "DB01", "--server", "EX02");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--path", result.Error);
    }

    [Fact]
    public void Fail_server_of_an_unknown_server_fails_with_exchange_s_text()
    {
        var result = _cli.RunOnLab("fail", "server", "EX09");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dialtone-lab: The operation couldn't be performed because object 'EX09' couldn't be found on 'DC01.contoso.com'.", result.Error.Trim());
    }

    public void Dispose() => _cli.Dispose();
}
