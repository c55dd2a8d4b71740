using System.Diagnostics;
using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Json;
using DialTone.Exchange.Rendering;
using DialTone.Exchange.Results;
using DialTone.Exchange.Scripting;
using DialTone.Exchange.Scripting.Parsing;
using DialTone.Exchange.Values;

// The port's share of re-homing 10,000 mailboxes in one batch (the lab's target for the whole re-home is 2 s), and
// the lab shell's share of parsing it back and of step 13 over 10,000 mailboxes:
// each figure is the median of 7 runs after a warm-up run.
const int Mailboxes = 10_000;
var catalogue = CmdletCatalogue.Default;
var mailboxes = Enumerable.Range(1, Mailboxes)
    .Select(i => new ObjectValue(new ExchangeObject(ExchangeTypeNames.Mailbox,
        [new("Name", $"user{i:D5}"), new("Identity", $"contoso.com/Users/user{i:D5}"), new("Database", "DB01"),
         new("ExchangeGuid", new Guid(i, 0, 0, new byte[8]))])))
    .ToList();
var batch = new Batch(mailboxes
    .Select(m => (Pipeline)new ExchangeCommand("Set-Mailbox").With("Identity", m.Object.ToString()).With("Database", "DTDB1"))
    .ToEquatableArray());
var setMailbox = catalogue.Bind(new ExchangeCommand("Set-Mailbox").With("Database", "DTDB1"), expectsPipelineInput: true).Command!;

Measure("bind 10,000 pipeline objects to Set-Mailbox -Identity", () =>
{
    foreach (var mailbox in mailboxes)
    {
        Require(setMailbox.BindPipelineObject(mailbox).Succeeded);
    }
});
Measure("bind 10,000 Set-Mailbox commands", () =>
{
    foreach (var pipeline in batch.Pipelines)
    {
        Require(catalogue.Bind(pipeline.Commands[0]).Succeeded);
    }
});
Measure("render the 10,000-command batch as shell text", () => Require(ShellRenderer.Default.Render(batch).Length > 0));
Measure("write and read the batch as one bridge request line", () =>
    Require(ExchangeJson.ReadRequest(ExchangeJson.Write(new BridgeRequest(1, batch))).Batch.Pipelines.Count == Mailboxes));

var rendered = ShellRenderer.Default.Render(batch);
Measure("parse the batch's shell text back (lab shell)", () => Require(ScriptParser.Parse(rendered).Statements.Count == Mailboxes));
var merge = ScriptParser.Parse("$mailboxes = Get-Mailbox -Database DTDB1 -ResultSize Unlimited\n"
    + "$mailboxes | %{ New-MailboxRestoreRequest -SourceStoreMailbox $_.ExchangeGuid -SourceDatabase RDB1 -TargetMailbox $_.ExchangeGuid.ToString() }").Statements;
var session = new ScriptSession(new AnsweringShell(mailboxes));
Require(session.RunAsync(merge[0]).GetAwaiter().GetResult().Succeeded);
Measure("lab shell step 13 over 10,000 mailboxes: one restore request per object, bound, in one batch", () =>
    Require(session.RunAsync(merge[1]).GetAwaiter().GetResult() is { Succeeded: true, RoundTrips: 1 }));

static void Measure(string what, Action run)
{
    run();
    var times = new List<double>();
    for (var i = 0; i < 7; i++)
    {
        var clock = Stopwatch.StartNew();
        run();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine($"{what}: median {times[3]:F0} ms (min {times[0]:F0}, max {times[^1]:F0})");
}

static void Require(bool condition)
{
    if (!condition)
    {
        throw new InvalidOperationException("The benchmark's own check failed.");
    }
}

/// <summary>Answers Get-Mailbox with the mailboxes and everything else with nothing, so only the lab shell's own work is timed.</summary>
internal sealed class AnsweringShell(IReadOnlyList<ObjectValue> mailboxes) : DialTone.Exchange.IExchangeShell
{
    public Task<BatchResult> ExecuteAsync(Batch batch, CancellationToken cancellationToken = default) =>
        Task.FromResult(new BatchResult(batch.Pipelines
            .Select(p => p.Commands[0].Cmdlet == "Get-Mailbox" ? PipelineResult.Of([.. mailboxes]) : PipelineResult.Of())
            .ToEquatableArray()));
}
