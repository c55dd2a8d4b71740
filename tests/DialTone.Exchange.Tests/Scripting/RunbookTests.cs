using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Results;
using DialTone.Exchange.Scripting.Parsing;
using DialTone.Testing;

namespace DialTone.Exchange.Tests.Scripting;

/// <summary>
/// The committed runbooks (examples/runbooks/same-server), the one declaration of Microsoft's procedure: every statement
/// parses and binds as PowerShell would bind it, and no command they send would stop at a confirmation prompt. Running
/// them against the lab is the lab's and the lab CLI's test.
/// </summary>
public sealed class RunbookTests
{
    [Theory]
    [InlineData(SameServerRunbook.DialTone)]
    [InlineData(SameServerRunbook.Recover)]
    [InlineData(SameServerRunbook.CleanUp)]
    public async Task Every_statement_of_a_runbook_parses_and_binds_and_none_would_prompt(string runbook)
    {
        var shell = new ScriptedShell
        {
            Answer = pipeline => pipeline.Commands[0].Cmdlet == "Get-Mailbox" ? PipelineResult.Of(ScriptedShell.Mailboxes(3)) : PipelineResult.Of(),
        };

        foreach (var statement in ScriptParser.Parse(SameServerRunbook.Read(runbook)).Statements)
        {
            var result = await shell.Session.RunAsync(statement);

            Assert.True(result.Succeeded, $"{statement.Text}: {string.Join("; ", result.Errors.Select(e => e.Error.Message))}");
        }
        var sent = shell.Batches.SelectMany(batch => batch.Pipelines).SelectMany(pipeline => pipeline.Commands.Select((command, i) => (command, i))).ToList();
        Assert.NotEmpty(sent);
        Assert.All(sent, c => Assert.False(CmdletCatalogue.Default.Bind(c.command, expectsPipelineInput: c.i > 0).Command!.AsksForConfirmation, c.command.ToString()));
    }
}
