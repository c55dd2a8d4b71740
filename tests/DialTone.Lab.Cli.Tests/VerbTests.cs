using System.Diagnostics;
using System.Text.Json;
using DialTone.Testing;

namespace DialTone.Lab.Cli.Tests;

public sealed class VerbTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public void Help_names_the_command_as_the_user_types_it()
    {
        var result = _cli.Run("verify", "--help");

        Assert.Contains("Usage:\n  dialtone-lab verify [options]", result.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Init_prints_what_it_built()
    {
        var result = _cli.RunOnLab("init", "--mailboxes", "10", "--items", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^Lab .*lab\.db: 2 server\(s\), 4 database\(s\), 27 mailbox\(es\), 56 item\(s\), 4 backup\(s\) in [0-9.]+ s\.\s*$", result.Output);
    }

    [Fact]
    public void Init_with_json_prints_the_summary()
    {
        var result = _cli.RunOnLab("init", "--servers", "1", "--databases", "1", "--mailboxes", "3", "--items", "1", "--json");

        using var json = JsonDocument.Parse(result.Output);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal((1, 1, 3 + 7 + 2 + 1 + 4), (summary.GetProperty("servers").GetInt32(), summary.GetProperty("databases").GetInt32(),
            summary.GetProperty("mailboxes").GetInt32()));
    }

    [Fact]
    public void Init_with_a_bad_option_names_it_and_exits_1()
    {
        var result = _cli.RunOnLab("init", "--databases", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dialtone-lab: --databases must be between 1 and 198 for 2 server(s) (got 0).", result.Error.Trim());
        Assert.False(File.Exists(_cli.LabPath));
    }

    [Fact]
    public void Init_creates_the_folder_of_its_path_as_the_default_dialtone_lab_db_needs()
    {
        var path = Path.Combine(_cli.Folder, ".dialtone", "lab.db");

        var result = _cli.Run("init", "--mailboxes", "1", "--items", "0", "--lab", path);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Init_at_a_folder_names_lab_and_the_fix_and_leaves_nothing_behind()
    {
        var result = _cli.Run("init", "--mailboxes", "1", "--items", "0", "--lab", _cli.Folder);

        Assert.Equal((1, $"dialtone-lab: --lab '{_cli.Folder}' is a folder. Give the lab's file, e.g. --lab {_cli.LabPath}."),
            (result.ExitCode, result.Error.Trim()));
        Assert.Empty(Directory.GetFileSystemEntries(_cli.Folder));
        Assert.False(File.Exists(_cli.Folder + ".init"));
    }

    [Fact]
    public void A_verb_on_a_folder_says_it_is_a_folder_instead_of_offering_an_init_that_would_fail()
    {
        var result = _cli.Run("verify", "--lab", _cli.Folder);

        Assert.Equal((1, $"dialtone-lab: --lab '{_cli.Folder}' is a folder. Give the lab's file, e.g. --lab {_cli.LabPath}."),
            (result.ExitCode, result.Error.Trim()));
    }

    [Theory]
    [InlineData("init")]
    [InlineData("verify")]
    public void An_empty_lab_path_names_lab_and_the_fix(string verb)
    {
        var result = _cli.Run(verb, "--lab", "");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("--lab must name the lab's file, e.g. --lab .dialtone/lab.db (or leave it out for the default).", result.Error.Trim());
        Assert.Empty(Directory.GetFileSystemEntries(_cli.Folder));
    }

    [Fact]
    public async Task An_init_killed_midway_leaves_no_lab_and_the_next_init_builds_one()
    {
        using (var init = Process.Start(ProcessRun.StartInfo(Repository.LabLauncher,
                   ["init", "--lab", _cli.LabPath, "--mailboxes", "20000", "--items", "2"]))!)
        {
            while (!File.Exists(_cli.LabPath + ".init") && !init.HasExited)
            {
                await Task.Delay(10);
            }
            Assert.False(init.HasExited, "init finished before it could be killed");
            init.Kill(entireProcessTree: true);
            await init.WaitForExitAsync();
        }

        var show = _cli.RunOnLab("show", "servers");
        var again = _cli.RunOnLab("init", "--mailboxes", "4", "--items", "1");

        Assert.Equal($"dialtone-lab: There is no lab at '{_cli.LabPath}'. Create one with 'dialtone-lab init --lab {_cli.LabPath}' (or set DIALTONE_LAB to an existing lab).",
            show.Error.Trim());
        Assert.Equal(0, again.ExitCode);
        Assert.Equal([_cli.LabPath], Directory.GetFiles(_cli.Folder));
    }

    [Fact]
    public void Show_databases_prints_a_table_with_db01_on_ex01()
    {
        _cli.RunOnLab("init", "--mailboxes", "4", "--items", "1");

        var result = _cli.RunOnLab("show", "databases");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"DB01\s+EX01\s+False\s+True\s+C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Mailbox\\DB01\\DB01\.edb", result.Output);
    }

    [Fact]
    public void Show_mailboxes_as_json_lists_every_mailbox_with_its_items()
    {
        _cli.RunOnLab("init", "--mailboxes", "4", "--items", "2");

        var result = _cli.RunOnLab("show", "mailboxes", "--json");

        using var json = JsonDocument.Parse(result.Output);
        var user = json.RootElement.EnumerateArray().Single(m => m.GetProperty("alias").GetString() == "user0001");
        Assert.Equal(("UserMailbox", "DB01", 4), (user.GetProperty("type").GetString(), user.GetProperty("database").GetString(),
            user.GetProperty("items").GetInt32()));
    }

    [Fact]
    public void Show_something_unknown_is_refused_by_the_parser()
    {
        var result = _cli.RunOnLab("show", "queues");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("queues", result.Error);
    }

    [Fact]
    public void Send_then_verify_passes_and_journal_lists_the_sends()
    {
        _cli.RunOnLab("init", "--mailboxes", "4", "--items", "1");

        var sent = _cli.RunOnLab("send", "--to", "user0002", "--count", "3");
        var verify = _cli.RunOnLab("verify");
        var journal = _cli.RunOnLab("journal", "--json");

        Assert.Equal("Sent 3 message(s): 3 delivered, 0 queued.", sent.Output.Trim());
        Assert.Equal(0, verify.ExitCode);
        Assert.StartsWith("Verified: ", verify.Output);
        using var json = JsonDocument.Parse(journal.Output);
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), e => Assert.Equal("send --to user0002", e.GetProperty("command").GetString()));
    }

    [Fact]
    public void Send_to_an_unknown_mailbox_names_to_with_exchange_s_text_and_the_fix_and_sends_nothing()
    {
        _cli.RunOnLab("init", "--mailboxes", "1", "--items", "0");

        var result = _cli.RunOnLab("send", "--to", "nobody");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dialtone-lab: --to: The operation couldn't be performed because object 'nobody' couldn't be found on 'DC01.contoso.com'. " +
                     "'dialtone-lab show mailboxes' lists the mailboxes.", result.Error.Trim());
        Assert.Empty(JsonDocument.Parse(_cli.RunOnLab("journal", "--json").Output).RootElement.EnumerateArray());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Journal_last_below_one_names_the_option_and_the_fix(string last)
    {
        _cli.RunOnLab("init", "--mailboxes", "1", "--items", "0");
        _cli.RunOnLab("send", "--to", "user0001");

        var result = _cli.RunOnLab("journal", "--last", last);

        Assert.Equal((1, $"dialtone-lab: --last must be at least 1 (got {last}). Leave it out to list the whole journal."),
            (result.ExitCode, result.Error.Trim()));
    }

    [Fact]
    public void Verify_with_json_reports_findings_and_exits_1()
    {
        _cli.RunOnLab("init", "--mailboxes", "1", "--items", "0");
        using (var lab = Lab.Open(_cli.LabPath))
        {
            lab.Mutate("dismount", "DB01", x => Disks.Mounting.Dismount(x, Organization.DatabaseDirectory.Find(x, "DB01")));
        }

        var result = _cli.RunOnLab("verify", "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.False(json.RootElement.GetProperty("passed").GetBoolean());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("kind").GetString() == "Stranded" && f.GetProperty("mailbox").GetString() == "user0001");
    }

    [Fact]
    public void A_verb_on_a_missing_lab_says_to_run_init()
    {
        var result = _cli.RunOnLab("show", "servers");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"dialtone-lab: There is no lab at '{_cli.LabPath}'. Create one with 'dialtone-lab init --lab {_cli.LabPath}' (or set DIALTONE_LAB to an existing lab).",
            result.Error.Trim());
    }

    [Fact]
    public void The_lab_path_comes_from_dialtone_lab_when_lab_is_not_given()
    {
        _cli.RunOnLab("init", "--mailboxes", "1", "--items", "0");
        Environment.SetEnvironmentVariable("DIALTONE_LAB", _cli.LabPath);
        try
        {
            var result = _cli.Run("show", "servers", "--json");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("\"name\": \"EX01\"", result.Output);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DIALTONE_LAB", null);
        }
    }

    public void Dispose() => _cli.Dispose();
}
