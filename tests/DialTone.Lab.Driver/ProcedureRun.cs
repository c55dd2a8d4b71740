using DialTone.Exchange.Scripting;
using DialTone.Lab.Journal;
using DialTone.Lab.Mail;
using DialTone.Lab.Shell;

namespace DialTone.Lab.Driver;

/// <summary>A clock the driver moves by hand, from a fixed start, so that two runs of the same steps agree exactly.</summary>
public sealed class SteppedClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>
/// Runs the dial tone procedure against a lab file in this process (the crash tests kill it midway), or its merge and
/// clean-up again, as an administrator does after a crash. Users act as they would: during dial tone every user gets
/// mail (so each has a mailbox in RDB1 for step 13 to merge) and user0001 sets up an Inbox rule again; before the
/// failure and after the swap user0001 gets mail.
/// </summary>
public static class ProcedureRun
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string path, string? associatedMessagesCopyOption)
    {
        var clock = new SteppedClock(Start);
        using var shell = Open(path, clock);
        return Report(await Procedure(shell, clock).RunAsync(new ProcedureDefects(), associatedMessagesCopyOption));
    }

    /// <summary>Step 13 and the clean-up again, on a clock that goes on from the last command the lab journaled.</summary>
    public static async Task<int> MergeAgainAsync(string path, string? associatedMessagesCopyOption)
    {
        var clock = new SteppedClock(LastCommandAt(path).AddMinutes(1));
        using var shell = Open(path, clock);
        return Report(await Procedure(shell, clock).MergeAgainAsync(associatedMessagesCopyOption));
    }

    private static LabShell Open(string path, SteppedClock clock) => LabShell.Open(path, new LabOptions { Clock = clock, Who = "procedure" });

    private static DialToneProcedure Procedure(LabShell shell, SteppedClock clock) => new(shell, clock.Advance, phase =>
    {
        if (phase != "during dial tone")
        {
            Mailer.Send(shell.Lab, "user0001", 1);
            return;
        }
        Mailer.Send(shell.Lab, null, 1);
        ClientActivity.CreateRule(shell.Lab, "user0001", "Rule set up during dial tone");
    });

    private static DateTimeOffset LastCommandAt(string path)
    {
        using var lab = Lab.Open(path);
        return lab.Read(x => JournalBook.List(x, last: 1)).Single().At;
    }

    private static int Report(StatementResult? failed)
    {
        if (failed is null)
        {
            return 0;
        }
        Console.Error.WriteLine(string.Join(Environment.NewLine, failed.Errors.Select(e => e.Render())));
        return 1;
    }
}
