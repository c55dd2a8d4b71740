using System.Collections.Concurrent;
using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Provider.Tests.Harness;

/// <summary>
/// The engine's ResourceMonitor as Construct meets it: a component registration gets its URN at once; a custom
/// child's registration blocks while the "engine" runs Check and Create on the plugin (the same process whose
/// Construct is waiting), as pulumi-protocol.md §5.2 describes.
/// </summary>
internal sealed class FakeMonitor(string stack, string project)
{
    private readonly ConcurrentDictionary<string, string> _qualifiedTypes = new();

    /// <summary>Set once the plugin runs: where child Check and Create go.</summary>
    public ProviderClient? Provider { get; set; }

    public bool DryRun { get; set; }

    public ConcurrentQueue<RegisterResourceRequest> Registrations { get; } = new();

    public ConcurrentQueue<RegisterResourceOutputsRequest> Outputs { get; } = new();

    public UnaryMethod[] Methods =>
    [
        UnaryMethod.Create<SupportsFeatureRequest, SupportsFeatureResponse>(Service, "SupportsFeature", SupportsFeatureRequest.Parser,
            (_, _) => Task.FromResult(new SupportsFeatureResponse { HasSupport = true })),
        UnaryMethod.Create<RegisterResourceRequest, RegisterResourceResponse>(Service, "RegisterResource", RegisterResourceRequest.Parser,
            (request, _) => RegisterAsync(request)),
        UnaryMethod.Create<RegisterResourceOutputsRequest, Empty>(Service, "RegisterResourceOutputs", RegisterResourceOutputsRequest.Parser,
            (request, _) =>
            {
                Outputs.Enqueue(request);
                return Task.FromResult(new Empty());
            }),
    ];

    private const string Service = "pulumirpc.ResourceMonitor";

    private async Task<RegisterResourceResponse> RegisterAsync(RegisterResourceRequest request)
    {
        Registrations.Enqueue(request);
        var qualified = _qualifiedTypes.TryGetValue(request.Parent, out var parentType) ? $"{parentType}${request.Type}" : request.Type;
        var urn = $"urn:pulumi:{stack}::{project}::{qualified}::{request.Name}";
        _qualifiedTypes[urn] = qualified;
        if (!request.Custom)
        {
            return new RegisterResourceResponse { Urn = urn };
        }
        var check = await Provider!.CheckAsync(new CheckRequest { Urn = urn, Olds = new Struct(), News = request.Object });
        if (check.Failures.Count > 0)
        {
            return new RegisterResourceResponse { Urn = urn, Result = Result.Fail };
        }
        var created = await Provider.CreateAsync(new CreateRequest { Urn = urn, Properties = check.Inputs, Preview = DryRun });
        return new RegisterResourceResponse { Urn = urn, Id = created.Id, Object = created.Properties };
    }
}
