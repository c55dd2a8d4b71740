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

/// <summary>Runs the dial tone procedure against a lab file in this process (the crash tests kill it midway).</summary>
public static class ProcedureRun
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string path)
    {
        var clock = new SteppedClock(Start);
        using var shell = LabShell.Open(path, new LabOptions { Clock = clock, Who = "procedure" });
        // Every user gets mail during dial tone, so each has a mailbox in RDB1 for step 13 to merge.
        var procedure = new DialToneProcedure(shell, clock.Advance, _ => Mailer.Send(shell.Lab, null, 1));
        var failed = await procedure.RunAsync(new ProcedureDefects());
        if (failed is not null)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, failed.Errors.Select(e => e.Render())));
            return 1;
        }
        return 0;
    }
}
