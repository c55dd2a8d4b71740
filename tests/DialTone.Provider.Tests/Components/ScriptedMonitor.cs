using System.Collections.Concurrent;
using Google.Protobuf.WellKnownTypes;
using DialTone.Engine.State;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;
using static DialTone.Provider.Tests.Harness.TestPlugin;

namespace DialTone.Provider.Tests.Components;

/// <summary>
/// The engine's ResourceMonitor as a test scripts it, to see how Construct talks to it: every call is recorded; a
/// component's registration is answered at once with its URN; a child's by the test's script, which can create,
/// fail, skip or hold it. By default a child is created, with an id and its inputs plus a serial as outputs.
/// </summary>
internal sealed class ScriptedMonitor
{
    private const string Service = "pulumirpc.ResourceMonitor";

    public delegate Task<RegisterResourceResponse> ChildScript(RegisterResourceRequest request, string urn, CancellationToken aborted);

    public ConcurrentQueue<RegisterResourceRequest> Registrations { get; } = new();

    public ConcurrentQueue<RegisterResourceOutputsRequest> Outputs { get; } = new();

    public ChildScript Child { get; set; } = (request, urn, _) => Task.FromResult(Created(request, urn));

    public UnaryMethod[] Methods =>
    [
        UnaryMethod.Create<SupportsFeatureRequest, SupportsFeatureResponse>(Service, "SupportsFeature", SupportsFeatureRequest.Parser,
            (_, _) => Task.FromResult(new SupportsFeatureResponse { HasSupport = true })),
        UnaryMethod.Create<RegisterResourceRequest, RegisterResourceResponse>(Service, "RegisterResource", RegisterResourceRequest.Parser,
            (request, aborted) =>
            {
                Registrations.Enqueue(request);
                var urn = Urns.For(Stack, Project, request.Type, request.Name, request.Parent);
                return request.Custom ? Child(request, urn, aborted) : Task.FromResult(new RegisterResourceResponse { Urn = urn });
            }),
        UnaryMethod.Create<RegisterResourceOutputsRequest, Empty>(Service, "RegisterResourceOutputs", RegisterResourceOutputsRequest.Parser,
            (request, _) =>
            {
                Outputs.Enqueue(request);
                return Task.FromResult(new Empty());
            }),
    ];

    /// <summary>A child the engine created: an id, and its inputs with a serial as its outputs.</summary>
    public static RegisterResourceResponse Created(RegisterResourceRequest request, string urn)
    {
        var outputs = request.Object.Clone();
        outputs.Fields["serial"] = Value.ForString($"SN-{request.Name}");
        return new RegisterResourceResponse { Urn = urn, Id = $"id-{request.Name}", Object = outputs };
    }

    /// <summary>Forgets every call and goes back to creating every child.</summary>
    public void Reset()
    {
        Registrations.Clear();
        Outputs.Clear();
        Child = (request, urn, _) => Task.FromResult(Created(request, urn));
    }
}
