using DialTone.Exchange;
using DialTone.Exchange.Scripting;
using DialTone.Exchange.Scripting.Parsing;
using DialTone.Testing;

namespace DialTone.Lab.Driver;

/// <summary>Which of the documented defects of Microsoft's procedure to leave in (fact sheet §1.2, issue 8).</summary>
public sealed record ProcedureDefects(bool DefaultResultSizeAndNoSystemMailboxes = false, bool NoAllowFileRestore = false,
    bool MailboxObjectAsTarget = false);

/// <summary>
/// Microsoft's same-server dial tone recovery (fact sheet §1.2, 14 steps) as the committed runbooks hold it (the one
/// declaration of the procedure, examples/runbooks/same-server), run statement by statement through the lab shell for
/// failed database DB01 on EX01, dial tone database DTDB1 and recovery database RDB1, with the three documented defects
/// corrected unless asked for. Users act before, during and after dial tone (<paramref name="usersAct"/> is told the
/// phase: "before the failure", "during dial tone", "after the swap"), and the clock moves a minute per statement, an
/// hour before the clean-up. Step 13 takes Exchange's default AssociatedMessagesCopyOption unless given one. Returns at
/// the first statement that fails.
/// </summary>
public sealed class DialToneProcedure(IExchangeShell shell, Action<TimeSpan> advanceClock, Action<string> usersAct)
{
    private readonly ScriptSession _session = new(shell);

    public async Task<StatementResult?> RunAsync(ProcedureDefects defects, string? associatedMessagesCopyOption = null,
        CancellationToken cancellationToken = default)
    {
        var dialTone = SameServerRunbook.Read(SameServerRunbook.DialTone);
        var recover = Recover(associatedMessagesCopyOption);
        if (defects.DefaultResultSizeAndNoSystemMailboxes)
        {
            dialTone = SameServerRunbook.WithStep3AsPublished(dialTone);
        }
        if (defects.NoAllowFileRestore)
        {
            recover = SameServerRunbook.WithoutAllowFileRestore(recover);
        }
        if (defects.MailboxObjectAsTarget)
        {
            recover = SameServerRunbook.WithStep13AsPublished(recover);
        }
        usersAct("before the failure");
        if (await RunAsync(dialTone, cancellationToken) is { } dialToneFailed)
        {
            return dialToneFailed;
        }
        usersAct("during dial tone");
        if (await RunAsync(recover, cancellationToken) is { } recoverFailed)
        {
            return recoverFailed;
        }
        usersAct("after the swap");
        return await CleanUpAsync(cancellationToken);
    }

    /// <summary>Step 13 again, as an administrator runs it after a crash, then the clean-up: the same merge, started twice.</summary>
    public async Task<StatementResult?> MergeAgainAsync(string? associatedMessagesCopyOption = null, CancellationToken cancellationToken = default) =>
        await RunAsync(SameServerRunbook.Step13(Recover(associatedMessagesCopyOption)), cancellationToken)
        ?? await CleanUpAsync(cancellationToken);

    private static string Recover(string? associatedMessagesCopyOption)
    {
        var recover = SameServerRunbook.Read(SameServerRunbook.Recover);
        return associatedMessagesCopyOption is null ? recover : SameServerRunbook.WithAssociatedMessagesCopyOption(recover, associatedMessagesCopyOption);
    }

    /// <summary>An hour for the MRS, then step 14.</summary>
    private async Task<StatementResult?> CleanUpAsync(CancellationToken cancellationToken)
    {
        advanceClock(TimeSpan.FromHours(1));
        return await RunAsync(SameServerRunbook.Read(SameServerRunbook.CleanUp), cancellationToken);
    }

    private async Task<StatementResult?> RunAsync(string script, CancellationToken cancellationToken)
    {
        foreach (var statement in ScriptParser.Parse(script).Statements)
        {
            var result = await _session.RunAsync(statement, cancellationToken);
            advanceClock(TimeSpan.FromMinutes(1));
            if (!result.Succeeded)
            {
                return result;
            }
        }
        return null;
    }
}
