using DialTone.Exchange.Commands;
using DialTone.Exchange.Results;
using DialTone.Exchange.Scripting;
using DialTone.Exchange.Scripting.Parsing;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Tests.Scripting;

/// <summary>
/// A test double for the interpreter's unit tests: it records every batch it receives and answers each pipeline with
/// <see cref="Answer"/> (by default nothing). The real lab runs the procedure tests.
/// </summary>
internal sealed class ScriptedShell : IExchangeShell
{
    public ScriptedShell() => Session = new ScriptSession(this);

    public ScriptSession Session { get; }

    public List<Batch> Batches { get; } = [];

    public Func<Pipeline, PipelineResult> Answer { get; init; } = _ => PipelineResult.Of();

    public Task<BatchResult> ExecuteAsync(Batch batch, CancellationToken cancellationToken = default)
    {
        Batches.Add(batch);
        return Task.FromResult(new BatchResult(batch.Pipelines.Select(Answer).ToEquatableArray()));
    }

    /// <summary>Runs each statement of <paramref name="script"/> in <see cref="Session"/> and returns the last one's result.</summary>
    public async Task<StatementResult> RunAsync(string script)
    {
        StatementResult? last = null;
        foreach (var statement in ScriptParser.Parse(script).Statements)
        {
            last = await Session.RunAsync(statement);
        }
        return last!;
    }

    /// <summary>Mailboxes as Get-Mailbox outputs them, with names and deterministic GUIDs.</summary>
    public static ObjectValue[] Mailboxes(int count) => Enumerable.Range(1, count)
        .Select(i => new ObjectValue(new ExchangeObject(ExchangeTypeNames.Mailbox,
        [
            new("Name", $"user{i:D4}"),
            new("Identity", $"contoso.com/Users/user{i:D4}"),
            new("ExchangeGuid", Guid.Parse($"00000000-0000-0000-0000-{i:D12}")),
        ])))
        .ToArray();
}
