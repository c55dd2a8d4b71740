using DialTone.Exchange.Results;
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
/// Runs the dial tone procedure against a lab file in this process (the crash tests kill it midway), or only its merge
/// and clean-up, as an administrator runs step 13 again after a crash. Users act as they would: user0001 gets mail in
/// every phase; during dial tone user0005 (on DB01 too, as init spreads users over four databases) gets mail too, and
/// user0001 sets up an Inbox rule again.
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

    /// <summary>Steps 13 and 14 again, on a clock that goes on from the last command the lab journaled.</summary>
    public static async Task<int> MergeAgainAsync(string path, string? associatedMessagesCopyOption)
    {
        var last = LastCommandAt(path);
        var clock = new SteppedClock(last.AddMinutes(1));
        using var shell = Open(path, clock);
        return Report(await Procedure(shell, clock).MergeAsync(associatedMessagesCopyOption: associatedMessagesCopyOption));
    }

    private static LabShell Open(string path, SteppedClock clock) => LabShell.Open(path, new LabOptions { Clock = clock, Who = "procedure" });

    private static DialToneProcedure Procedure(LabShell shell, SteppedClock clock) => new(shell, clock.Advance, phase =>
    {
        Mailer.Send(shell.Lab, "user0001", 1);
        if (phase == "during dial tone")
        {
            Mailer.Send(shell.Lab, "user0005", 1);
            ClientActivity.CreateRule(shell.Lab, "user0001", "Rule set up during dial tone");
        }
    });

    private static DateTimeOffset LastCommandAt(string path)
    {
        using var lab = Lab.Open(path);
        return lab.Read(x => JournalBook.List(x, last: 1)).Single().At;
    }

    private static int Report(PipelineResult? failed)
    {
        if (failed is null)
        {
            return 0;
        }
        Console.Error.WriteLine(string.Join(Environment.NewLine, failed.Errors.Select(e => e.Message)));
        return 1;
    }
}
