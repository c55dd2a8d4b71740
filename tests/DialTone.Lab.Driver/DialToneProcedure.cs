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
/// corrected unless asked for. Mail arrives before, during and after dial tone (after the merge has started), and the
/// clock moves a minute per statement, an hour before the clean-up. Returns at the first statement that fails.
/// </summary>
public sealed class DialToneProcedure(IExchangeShell shell, Action<TimeSpan> advanceClock, Action<string> sendMail)
{
    private readonly ScriptSession _session = new(shell);

    public async Task<StatementResult?> RunAsync(ProcedureDefects defects, CancellationToken cancellationToken = default)
    {
        var dialTone = SameServerRunbook.Read(SameServerRunbook.DialTone);
        var recover = SameServerRunbook.Read(SameServerRunbook.Recover);
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
        sendMail("before the failure");
        if (await RunAsync(dialTone, cancellationToken) is { } dialToneFailed)
        {
            return dialToneFailed;
        }
        sendMail("during dial tone");
        if (await RunAsync(recover, cancellationToken) is { } recoverFailed)
        {
            return recoverFailed;
        }
        sendMail("after the swap");
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
