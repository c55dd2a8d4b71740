using System.Collections.Concurrent;
using DialTone.Engine.Plugins;

namespace DialTone.Engine.Deployments;

/// <summary>
/// One run of the engine: the old checkpoint, what this run has done so far (steps, new states, deletes), its
/// diagnostics, and the lock that serialises step generation. As in the engine, Check and Diff happen while steps
/// are generated, one resource at a time, and the steps themselves (Create, Update, Delete, Read) run in parallel.
/// An error fails the run; a failure that stops it (the engine cancelling its step executor) also keeps any new
/// step from starting, while steps in flight finish.
/// </summary>
internal sealed class Deployment(StackSettings settings, Checkpoint olds, bool dryRun, RpcRecorder recorder)
{
    private readonly object _gate = new();
    private readonly List<ResourceState> _news = [];
    private readonly List<ResourceState> _pendingDeletes = [];
    private readonly HashSet<ResourceState> _deleted = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentQueue<StepRecord> _steps = new();
    private readonly ConcurrentQueue<Diagnostic> _diagnostics = new();
    private bool _stopped;
    private bool _rebuildBaseState;

    // The lock the engine's single step generator amounts to.
    private readonly SemaphoreSlim _stepGeneration = new(1, 1);

    // The step executor's workers: one step chain each.
    private readonly SemaphoreSlim _workers = new(Parallel, Parallel);

    /// <summary>The engine's default parallelism (`--parallel`): four step chains at once per CPU.</summary>
    public static int Parallel { get; } = Environment.ProcessorCount * 4;

    public StackSettings Settings { get; } = settings;

    public Checkpoint Olds { get; } = olds;

    /// <summary>A preview: providers are told so, and nothing is written or deleted.</summary>
    public bool DryRun { get; } = dryRun;

    public RpcRecorder Recorder { get; } = recorder;


    /// <summary>URNs deleted early in this run because a delete-before-replace needed them gone.</summary>
    public ConcurrentDictionary<string, ImmutableArray<string>> DeletedForReplacement { get; } = new();

    /// <summary>An error was reported: the run fails, though it may go on (a preview goes on past some errors).</summary>
    public bool Failed => _diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    /// <summary>A failure stopped the run: no step generation or step starts any more.</summary>
    public bool Stopped => Volatile.Read(ref _stopped);

    public ImmutableArray<StepRecord> Steps => [.. _steps];

    public ImmutableArray<Diagnostic> Diagnostics => [.. _diagnostics];

    public void Record(StepRecord step) => _steps.Enqueue(step);

    /// <summary>
    /// Generates the steps of the resource <paramref name="urn"/> under the step generator's lock; nothing new starts
    /// once the run has stopped. Any error on the way (a provider's Check or Diff failing) fails the resource and
    /// stops the run, as the engine reports a step generation error.
    /// </summary>
    public async Task<T> GenerateAsync<T>(string urn, Func<Task<T>> generate)
    {
        await _stepGeneration.WaitAsync();
        try
        {
            return Stopped ? throw new SkippedException() : await generate();
        }
        catch (Exception error) when (error is not (StepFailedException or SkippedException))
        {
            throw Fail(urn, error.Message);
        }
        finally
        {
            _stepGeneration.Release();
        }
    }

    /// <summary>Runs one resource's chain of steps on one of the step executor's workers.</summary>
    public async Task<T> ExecuteAsync<T>(Func<Task<T>> chain)
    {
        await _workers.WaitAsync();
        try
        {
            return await chain();
        }
        finally
        {
            _workers.Release();
        }
    }

    /// <summary>Reports an error on a resource, stops the run, and returns the failure to throw.</summary>
    public StepFailedException Fail(string? urn, string message)
    {
        Report(DiagnosticSeverity.Error, urn, message);
        return Bail(message);
    }

    /// <summary>
    /// Reports an error on a resource without stopping the run, as the engine continues past a refused delete of a
    /// protected resource; returns the failure to throw.
    /// </summary>
    public StepFailedException FailAndContinue(string urn, string message)
    {
        Report(DiagnosticSeverity.Error, urn, message);
        return new StepFailedException(message);
    }

    /// <summary>
    /// Stops the run without a further message (the engine's bail error, for a failure already reported); returns
    /// the failure to throw.
    /// </summary>
    public StepFailedException Bail(string reason)
    {
        Volatile.Write(ref _stopped, true);
        return new StepFailedException(reason);
    }

    public void Report(DiagnosticSeverity severity, string? urn, string message) =>
        _diagnostics.Enqueue(new Diagnostic(severity, urn, message));

    public bool WasRegistered(string urn)
    {
        lock (_gate)
        {
            return _news.Any(state => state.Urn == urn);
        }
    }

    /// <summary>
    /// Saves a resource's new state after a step, replacing what this run saved for it before, with its outputs
    /// made secret as the engine makes them (<see cref="ResourceState.WithSecretOutputs"/>); returns what was saved.
    /// </summary>
    public ResourceState Save(ResourceState state)
    {
        var saved = state.WithSecretOutputs();
        lock (_gate)
        {
            var index = _news.FindIndex(news => news.Urn == saved.Urn);
            if (index >= 0)
            {
                _news[index] = saved;
            }
            else
            {
                _news.Add(saved);
            }
        }
        return saved;
    }

    /// <summary>A component's outputs as it registers them (RegisterResourceOutputs): kept exactly as given.</summary>
    public void SaveOutputs(string urn, PropertyMap outputs)
    {
        lock (_gate)
        {
            var index = _news.FindIndex(news => news.Urn == urn);
            if (index >= 0)
            {
                _news[index] = _news[index] with { Outputs = outputs };
            }
        }
    }

    /// <summary>Keeps a replaced resource for its delete at the end of the run (create-before-delete).</summary>
    public void PendDelete(ResourceState old)
    {
        lock (_gate)
        {
            _pendingDeletes.Add(old with { Delete = true });
        }
    }

    public void Deleted(ResourceState state)
    {
        lock (_gate)
        {
            _deleted.Add(state);
        }
    }

    /// <summary>Replaced resources waiting for their delete, and old resources this run neither registered nor deleted.</summary>
    public ImmutableArray<ResourceState> Condemned()
    {
        lock (_gate)
        {
            return
            [
                .. _pendingDeletes.Where(state => !_deleted.Contains(state)),
                .. UntouchedOlds(),
            ];
        }
    }

    /// <summary>Every resource this run knows of, old and new, for dependency questions.</summary>
    public ImmutableArray<ResourceState> AllStates()
    {
        lock (_gate)
        {
            return [.. Olds.Resources, .. _news, .. _pendingDeletes];
        }
    }

    /// <summary>
    /// The dependency graph deletes are scheduled on (step_generator.go getDepgraphForScheduling): replaced resources
    /// waiting for their delete, then the old checkpoint, then what this run saved.
    /// </summary>
    public DependencyGraph DependencyGraph()
    {
        lock (_gate)
        {
            return new DependencyGraph([.. _pendingDeletes, .. Olds.Resources, .. _news]);
        }
    }

    // Old resources this run neither saved again nor deleted (a replaced one waiting for its delete included); under _gate.
    private IEnumerable<ResourceState> UntouchedOlds() =>
        Olds.Resources.Where(state => !_deleted.Contains(state) && (state.Delete || !_news.Any(saved => saved.Urn == state.Urn)));

    /// <summary>A refresh has run: the result drops references to what it found gone, as the engine does after one.</summary>
    public void RebuildBaseState() => Volatile.Write(ref _rebuildBaseState, true);

    /// <summary>
    /// The checkpoint after the run, as the engine's snapshot would have it: the new states, replaced resources
    /// whose delete did not happen, and the old states the run left alone.
    /// </summary>
    public Checkpoint Result()
    {
        lock (_gate)
        {
            var result = Checkpoint.InDependencyOrder([.. UntouchedOlds(), .. _news, .. _pendingDeletes.Where(state => !_deleted.Contains(state))]);
            return Volatile.Read(ref _rebuildBaseState) ? result.WithoutDanglingReferences() : result;
        }
    }
}
