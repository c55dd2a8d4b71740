using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Results;
using DialTone.Exchange.Scripting.Syntax;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Scripting.Running;

/// <summary>
/// Runs one pipeline against the shell in as few round trips as its meaning allows. Consecutive commands are one
/// <see cref="Pipeline"/> in one batch (<c>Get-Mailbox -Database DB1 | Set-Mailbox -Database DTDB1</c> is one round trip
/// however many mailboxes there are). Objects that come from the session (<c>$mailboxes | …</c>) or pass through
/// ForEach-Object become one batch of per-object pipelines. So the round trips grow with the pipeline's stages, never
/// with its objects.
/// </summary>
internal sealed class PipelineRunner(IExchangeShell shell, Evaluator evaluator)
{
    private readonly List<string> _warnings = [];
    private readonly List<StatementError> _errors = [];

    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>The errors reported so far that did not stop the pipeline (a failed object among many).</summary>
    public IReadOnlyList<StatementError> Errors => _errors;

    public int RoundTrips { get; private set; }

    /// <summary>True when a command given <c>-ErrorAction Stop</c> reported an error: PowerShell then ends the script.</summary>
    public bool StopsScript { get; private set; }

    /// <summary>Runs <paramref name="pipeline"/>; a <see cref="StatementTerminatedException"/> means it stopped.</summary>
    public async Task<IReadOnlyList<ExchangeValue>> RunAsync(PipelineSyntax pipeline, Scope scope, CancellationToken cancellationToken)
    {
        var stages = pipeline.Stages;
        // PowerShell binds every command of a pipeline from its command line before any of them runs.
        var bound = stages.Select((stage, i) => stage is CommandStageSyntax command ? evaluator.Bind(command, scope, expectsPipelineInput: i > 0) : null)
            .ToList();
        IReadOnlyList<ExchangeValue>? objects = null;
        var next = 0;
        if (stages[0] is ExpressionStageSyntax expression)
        {
            objects = Enumerate(evaluator.Evaluate(expression.Expression, scope));
            next = 1;
        }
        while (next < stages.Count)
        {
            if (stages[next] is ForEachSyntax forEach)
            {
                objects = await ForEachAsync(forEach, objects ?? [], scope, cancellationToken);
                next++;
                continue;
            }
            var end = next;
            while (end < stages.Count && bound[end] is not null)
            {
                end++;
            }
            var commands = bound[next..end].Select(command => command!).ToList();
            objects = objects is null
                ? await SendAsync([new Slot(ToPipeline(commands[0], commands), null)], cancellationToken)
                : await SendAsync(objects.Select(input => PipeInto(input, commands)).ToList(), cancellationToken);
            next = end;
        }
        return objects ?? [];
    }

    /// <summary>What PowerShell sends down a pipeline for a value: the items of an array, anything else (even <c>$null</c>) as one object.</summary>
    public static IReadOnlyList<ExchangeValue> Enumerate(ExchangeValue value) => value is ArrayValue array ? array.Items : [value];

    /// <summary>One object's run: a pipeline to send, or the error that kept it from running.</summary>
    private sealed record Slot(Pipeline? Pipeline, StatementError? Error);

    private static Slot PipeInto(ExchangeValue input, List<BoundCommand> commands)
    {
        var first = commands[0].BindPipelineObject(input);
        return first.Command is { } bound
            ? new Slot(ToPipeline(bound, commands), null)
            : new Slot(null, new StatementError(first.Error!, commands[0].Definition.Name));
    }

    private static Pipeline ToPipeline(BoundCommand first, List<BoundCommand> commands) =>
        new(commands.Skip(1).Select(command => command.Command).Prepend(first.Command).ToEquatableArray());

    /// <summary>The body once per object, each bound with <c>$_</c> set to it; an object whose body fails to bind is an error, not the end.</summary>
    private Task<IReadOnlyList<ExchangeValue>> ForEachAsync(
        ForEachSyntax forEach, IReadOnlyList<ExchangeValue> objects, Scope scope, CancellationToken cancellationToken)
    {
        var slots = objects.Select(input =>
        {
            var current = scope with { Current = input };
            try
            {
                var commands = forEach.Body.Stages.Select((stage, i) => evaluator.Bind((CommandStageSyntax)stage, current, expectsPipelineInput: i > 0)).ToList();
                return new Slot(ToPipeline(commands[0], commands), null);
            }
            catch (StatementTerminatedException failure)
            {
                return new Slot(null, failure.Error);
            }
        }).ToList();
        return SendAsync(slots, cancellationToken);
    }

    /// <summary>Sends the slots' pipelines as one batch of independent pipelines and gathers their output in the slots' order.</summary>
    private async Task<IReadOnlyList<ExchangeValue>> SendAsync(List<Slot> slots, CancellationToken cancellationToken)
    {
        var pipelines = slots.Where(slot => slot.Pipeline is not null).Select(slot => slot.Pipeline!).ToList();
        var results = pipelines.Count == 0 ? [] : await ExecuteAsync(Batch.Of([.. pipelines]), cancellationToken);
        var objects = new List<ExchangeValue>();
        var index = 0;
        foreach (var slot in slots)
        {
            if (slot.Error is { } error)
            {
                _errors.Add(error);
                continue;
            }
            var result = results[index];
            var pipeline = pipelines[index++];
            objects.AddRange(result.Objects);
            _warnings.AddRange(result.Warnings);
            // A result does not say which command of a longer pipeline failed; a pipeline of one does.
            var command = pipeline.Commands.Count == 1 ? pipeline.Commands[0].Cmdlet : null;
            _errors.AddRange(result.Errors.Select(e => new StatementError(e, command)));
            StopsScript |= !result.Errors.IsEmpty && pipeline.Commands.Any(c => c["ErrorAction"] is StringValue { Value: "Stop" });
        }
        return objects;
    }

    private async Task<EquatableArray<PipelineResult>> ExecuteAsync(Batch batch, CancellationToken cancellationToken)
    {
        RoundTrips++;
        var answer = await shell.ExecuteAsync(batch, cancellationToken);
        return answer.Results.Count == batch.Pipelines.Count
            ? answer.Results
            : throw new InvalidOperationException(
                $"The shell answered {answer.Results.Count} results for a batch of {batch.Pipelines.Count} pipelines; it must answer one per pipeline.");
    }
}
