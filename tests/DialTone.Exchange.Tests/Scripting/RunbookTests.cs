using DialTone.Exchange.Results;
using DialTone.Testing;

namespace DialTone.Exchange.Tests.Scripting;

/// <summary>
/// The committed runbooks (examples/runbooks) parse, and every command in them binds as PowerShell would bind it.
/// Running them against the lab is the lab CLI's test.
/// </summary>
public sealed class RunbookTests
{
    [Theory]
    [InlineData("1-dial-tone.ps1")]
    [InlineData("2-recover.ps1")]
    [InlineData("3-clean-up.ps1")]
    public async Task A_runbook_parses_and_every_statement_binds(string runbook)
    {
        var shell = new ScriptedShell
        {
            Answer = pipeline => pipeline.Commands[0].Cmdlet == "Get-Mailbox" ? PipelineResult.Of(ScriptedShell.Mailboxes(3)) : PipelineResult.Of(),
        };
        var text = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "examples", "runbooks", "same-server", runbook));

        foreach (var statement in Exchange.Scripting.Parsing.ScriptParser.Parse(text).Statements)
        {
            var result = await shell.Session.RunAsync(statement);

            Assert.True(result.Succeeded, $"{statement.Text}: {string.Join("; ", result.Errors.Select(e => e.Error.Message))}");
        }
        Assert.NotEmpty(shell.Batches);
    }
}
