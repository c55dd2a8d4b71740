using DialTone.Exchange;
using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;

namespace DialTone.Lab.Shell;

/// <summary>
/// The lab as an <see cref="IExchangeShell"/>: commands are bound through the port's catalogue (so the lab fails
/// exactly where PowerShell would), then run against the lab, each execution on one object atomic. Within a
/// pipeline every command is bound before anything runs, as PowerShell does; each object that reaches a later
/// command is bound to its -Identity and run on its own, an error on one object not stopping the others.
/// </summary>
public sealed class LabShell(Lab lab, CmdletCatalogue? catalogue = null) : IExchangeShell, IDisposable
{
    private readonly CmdletCatalogue _catalogue = catalogue ?? CmdletCatalogue.Default;
    private readonly CommandRunner _runner = new(lab);

    private bool _ownsLab;

    /// <summary>Opens the lab at <paramref name="path"/> for this shell alone; disposing the shell closes it.</summary>
    public static LabShell Open(string path, LabOptions? options = null) => new(Lab.Open(path, options)) { _ownsLab = true };

    public Lab Lab { get; } = lab;

    public Task<BatchResult> ExecuteAsync(Batch batch, CancellationToken cancellationToken = default)
    {
        var results = new List<PipelineResult>();
        var stopped = false;
        foreach (var pipeline in batch.Pipelines)
        {
            if (stopped)
            {
                results.Add(PipelineResult.NotRun);
                continue;
            }
            var result = Run(pipeline, cancellationToken);
            results.Add(result);
            stopped = batch.StopOnError && !result.Succeeded;
        }
        return Task.FromResult(new BatchResult(results.ToEquatableArray()));
    }

    /// <summary>Closes the lab when the shell opened it; a lab handed to the shell stays open for its owner.</summary>
    public void Dispose()
    {
        if (_ownsLab)
        {
            Lab.Dispose();
        }
    }

    private PipelineResult Run(Pipeline pipeline, CancellationToken cancellationToken)
    {
        var bound = new List<Exchange.Catalogue.Binding.BoundCommand>();
        for (var i = 0; i < pipeline.Commands.Count; i++)
        {
            var binding = _catalogue.Bind(pipeline.Commands[i], expectsPipelineInput: i > 0);
            if (binding.Error is { } error)
            {
                return PipelineResult.Failed(error);
            }
            bound.Add(binding.Command!);
        }
        var warnings = new List<string>();
        var errors = new List<ExchangeError>();
        cancellationToken.ThrowIfCancellationRequested();
        var first = _runner.Run(bound[0]);
        Collect(first, warnings, errors);
        IReadOnlyList<ExchangeValue> objects = first.Objects;
        foreach (var command in bound.Skip(1))
        {
            var next = new List<ExchangeValue>();
            foreach (var input in objects)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var binding = command.BindPipelineObject(input);
                if (binding.Error is { } error)
                {
                    errors.Add(error);
                    continue;
                }
                var outcome = _runner.Run(binding.Command!);
                Collect(outcome, warnings, errors);
                next.AddRange(outcome.Objects);
            }
            objects = next;
        }
        return new PipelineResult(objects.ToEquatableArray(), warnings.ToEquatableArray(), errors.ToEquatableArray());
    }

    private static void Collect(CommandOutcome outcome, List<string> warnings, List<ExchangeError> errors)
    {
        warnings.AddRange(outcome.Warnings);
        if (outcome.Error is { } error)
        {
            errors.Add(error);
        }
    }
}
