using System.Text.Json;
using DialTone.Exchange.Scripting;

namespace DialTone.Lab.Cli.Tests;

/// <summary><c>dialtone-lab shell</c>: Exchange Management Shell lines from -c, a file or stdin, run against the lab.</summary>
public sealed class ShellVerbTests : IDisposable
{
    private readonly CliRun _cli = new();

    public ShellVerbTests() => _cli.RunOnLab("init", "--mailboxes", "3", "--items", "1");

    public void Dispose() => _cli.Dispose();

    private CliResult Shell(params string[] args) => _cli.RunOnLab(["shell", .. args]);

    private bool DatabaseExists(string name) =>
        JsonDocument.Parse(_cli.RunOnLab("show", "databases", "--json").Output).RootElement.EnumerateArray()
            .Any(d => d.GetProperty("name").GetString() == name);

    [Fact]
    public void Lines_given_with_c_run_and_print_objects_in_exchanges_default_table_view()
    {
        var result = Shell("-c", "Get-MailboxDatabase DB01");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Matches(@"Name\s+Server\s+Recovery\s+ReplicationType\s*\n.*\n\s+DB01\s+EX01\s+False\s+None", result.Output);
    }

    [Fact]
    public void A_file_runs_its_statements_in_order_ignoring_blank_lines_and_comments()
    {
        var file = Path.Combine(_cli.Folder, "steps.ps1");
        File.WriteAllText(file, "# a dial tone database\n\nNew-MailboxDatabase -Name DTDB1 -Server EX01 -EdbFilePath D:\\DialTone\\DTDB1.EDB\n"
            + "   # then mount it\nMount-Database -Identity DTDB1\n");

        var result = Shell(file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PS> New-MailboxDatabase -Name DTDB1 -Server EX01 -EdbFilePath D:\\DialTone\\DTDB1.EDB\n", result.Output);
        Assert.Contains("PS> Mount-Database -Identity DTDB1\n", result.Output);
        Assert.Contains("WARNING: Please restart the Microsoft Exchange Information Store service on server EX01 after adding new mailbox databases.", result.Output);
        Assert.True(DatabaseExists("DTDB1"));
    }

    [Fact]
    public void Without_c_or_a_file_the_lines_come_from_stdin()
    {
        var result = _cli.RunWithInput("Get-ExchangeServer EX02\n", "shell", "--lab", _cli.LabPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\n\s+EX02\s+", result.Output);
    }

    [Fact]
    public void The_first_error_stops_the_run_with_exchanges_error_record_and_exit_code_1()
    {
        var result = Shell("-c", "Mount-Database -Identity DB09\nNew-MailboxDatabase -Name DTDB1 -Server EX01");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("The operation couldn't be performed because object 'DB09' couldn't be found on", result.Error);
        Assert.Contains("    + FullyQualifiedErrorId : ", result.Error);
        Assert.EndsWith("dialtone-lab: stopped at line 1; 1 statement(s) not run (--continue runs them).\n", result.Error.ReplaceLineEndings("\n"));
        Assert.False(DatabaseExists("DTDB1"));
    }

    [Fact]
    public void With_continue_every_statement_runs_and_the_exit_code_still_says_one_failed()
    {
        var result = Shell("-c", "Mount-Database -Identity DB09\nNew-MailboxDatabase -Name DTDB1 -Server EX01", "--continue");

        Assert.Equal(1, result.ExitCode);
        Assert.True(DatabaseExists("DTDB1"));
    }

    [Fact]
    public void An_error_under_error_action_stop_stops_the_run_even_with_continue()
    {
        var result = Shell("-c", "Mount-Database -Identity DB09 -ErrorAction Stop\nNew-MailboxDatabase -Name DTDB1 -Server EX01", "--continue");

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("dialtone-lab: stopped at line 1 by -ErrorAction Stop; 1 statement(s) not run.\n", result.Error.ReplaceLineEndings("\n"));
        Assert.False(DatabaseExists("DTDB1"));
    }

    [Fact]
    public void A_binding_error_is_powershells_and_names_the_cmdlet()
    {
        var result = Shell("-c", "Get-Mailbox -Database DB01 | Set-Mailbox -Databse DB02");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "A parameter cannot be found that matches parameter name 'Databse'.\n"
                + "    + CategoryInfo          : InvalidArgument: (:) [Set-Mailbox], ParameterBindingException\n"
                + "    + FullyQualifiedErrorId : NamedParameterNotFound,Set-Mailbox\n",
            result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_line_the_lab_shell_cannot_read_runs_nothing_and_says_where_it_is()
    {
        var result = Shell("-c", "New-MailboxDatabase -Name DTDB1 -Server EX01\nGet-Mailbox | Where-Object { $_.Name -like 'user*' }");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "At line:2 char:15\n"
                + "+ Get-Mailbox | Where-Object { $_.Name -like 'user*' }\n"
                + "+               ~\n"
                + $"The command Where-Object is not supported by the lab shell (line 2, column 15). {NotSupported.SupportedGrammar}\n"
                + "    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException\n"
                + "    + FullyQualifiedErrorId : NotSupportedByLabShell\n",
            result.Error.ReplaceLineEndings("\n"));
        Assert.False(DatabaseExists("DTDB1"));
    }

    [Fact]
    public void With_json_a_line_the_lab_shell_cannot_read_is_printed_as_json_too()
    {
        var result = Shell("-c", "Get-Mailbox | Where-Object { $_.Name -like 'user*' }", "--json");

        Assert.Equal((1, ""), (result.ExitCode, result.Error));
        using var json = JsonDocument.Parse(result.Output);
        var failed = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal((1, 15, 0), (failed.GetProperty("line").GetInt32(), failed.GetProperty("column").GetInt32(), failed.GetProperty("roundTrips").GetInt32()));
        var error = Assert.Single(failed.GetProperty("errors").EnumerateArray());
        Assert.Equal(("ParserError", NotSupported.Id), (error.GetProperty("category").GetString(), error.GetProperty("errorId").GetString()));
    }

    [Fact]
    public void With_json_every_statement_is_printed_with_its_objects_in_the_lossless_json_form_and_its_round_trips()
    {
        var result = Shell("-c", "$m = Get-Mailbox -Database DB01 -ResultSize Unlimited; $m | %{ Set-Mailbox -Identity $_.ExchangeGuid.ToString() -Database DB02 }; Get-Mailbox user0001", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var statements = json.RootElement.EnumerateArray().ToList();
        Assert.Equal([1, 1, 1], statements.Select(s => s.GetProperty("roundTrips").GetInt32()));
        var mailbox = Assert.Single(statements[2].GetProperty("objects").EnumerateArray()).GetProperty("object");
        Assert.Equal("Microsoft.Exchange.Data.Directory.Management.Mailbox", mailbox.GetProperty("typeName").GetString());
        Assert.Equal("DB02", mailbox.GetProperty("properties").GetProperty("Database").GetString());
        Assert.Matches("^[0-9a-f-]{36}$", mailbox.GetProperty("properties").GetProperty("ExchangeGuid").GetProperty("guid").GetString());
    }

    [Fact]
    public void The_documented_rehome_pipeline_moves_every_mailbox_in_one_round_trip()
    {
        var result = Shell("-c", "Get-Mailbox -Database DB01 -ResultSize Unlimited | Set-Mailbox -Database DB03", "--json");

        Assert.Equal(1, JsonDocument.Parse(result.Output).RootElement[0].GetProperty("roundTrips").GetInt32());
        var homes = JsonDocument.Parse(Shell("-c", "Get-Mailbox -ResultSize Unlimited", "--json").Output).RootElement[0].GetProperty("objects")
            .EnumerateArray().Select(m => m.GetProperty("object").GetProperty("properties").GetProperty("Database").GetString()).ToList();
        Assert.DoesNotContain("DB01", homes);
    }

    [Fact]
    public void Lines_and_a_file_together_are_refused_naming_both()
    {
        var result = Shell("-c", "Get-Mailbox", "steps.ps1");

        Assert.Equal((1, "dialtone-lab: Give the lines either with -c or in FILE, not both.\n"), (result.ExitCode, result.Error.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void A_missing_file_is_refused_saying_what_to_give()
    {
        var result = Shell(Path.Combine(_cli.Folder, "nope.ps1"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"dialtone-lab: There is no script file '{Path.Combine(_cli.Folder, "nope.ps1")}': give the path of a file of Exchange "
            + "Management Shell lines, or the lines with -c.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_folder_given_as_the_file_is_refused_saying_so()
    {
        var result = Shell(_cli.Folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"dialtone-lab: '{_cli.Folder}' is a folder, not a script file: give the path of a file of Exchange "
            + "Management Shell lines, or the lines with -c.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_lab_is_refused_saying_how_to_create_one()
    {
        var missing = Path.Combine(_cli.Folder, "none.db");

        var result = _cli.Run("shell", "-c", "Get-Mailbox", "--lab", missing);

        Assert.Equal((1, $"dialtone-lab: {Messages.NoLab(missing)}\n"), (result.ExitCode, result.Error.ReplaceLineEndings("\n")));
    }
}
