using Google.Protobuf;
using DialTone.Engine.Plugins;
using DialTone.Provider.Protocol;

namespace DialTone.Engine.Deployments;

/// <summary>
/// What one run did, for assertions: the steps it took, every call it made to a plugin with its arguments, the
/// calls components made to its ResourceMonitor, the logs plugins sent to the engine, the engine's diagnostics, the stack outputs, and the checkpoint it left (the
/// old one, unchanged, after a preview).
/// </summary>
internal sealed record RunResult(
    ImmutableArray<StepRecord> Steps, ImmutableArray<RecordedRpc> Rpcs, ImmutableArray<LogRequest> Logs,
    ImmutableArray<Diagnostic> Diagnostics, PropertyMap Outputs, Checkpoint Checkpoint)
{
    /// <summary>The calls components made to the engine's ResourceMonitor, in the order they arrived.</summary>
    public ImmutableArray<RecordedRpc> MonitorCalls { get; init; } = [];

    /// <summary>The monitor calls as "Method subject": "RegisterResource pair-first", "RegisterResourceOutputs pair".</summary>
    public IReadOnlyList<string> MonitorTrace => [.. MonitorCalls.Select(call => call.ToString())];

    public bool Succeeded => Errors.Count == 0;

    public IReadOnlyList<string> Errors =>
        [.. Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.Message)];

    /// <summary>The steps on the program's resources (not providers, not the stack), as "op name", in the order they finished.</summary>
    public IReadOnlyList<string> ResourceSteps =>
        [.. Steps.Where(step => !step.IsProvider && step.Type != Urns.StackType).Select(step => step.ToString())];

    /// <summary>The calls to plugins as "Method subject" ("Check a", "Configure default"), in the order they started.</summary>
    public IReadOnlyList<string> Trace => [.. Rpcs.Select(call => call.ToString())];

    /// <summary>The calls about one resource or provider, by name.</summary>
    public IReadOnlyList<string> TraceOf(string subject) => [.. Rpcs.Where(call => call.Subject == subject).Select(call => call.ToString())];

    public IReadOnlyList<RecordedRpc> Calls(string method, string? subject = null) =>
        [.. Rpcs.Where(call => call.Method == method && (subject is null || call.Subject == subject))];

    /// <summary>The request of the one call of this method about this subject.</summary>
    public T Request<T>(string method, string subject) where T : IMessage =>
        Calls(method, subject) is [var single] ? (T)single.Request
        : throw new InvalidOperationException($"Expected one {method} {subject}, found {Calls(method, subject).Count}: {string.Join(", ", Trace)}");
}
