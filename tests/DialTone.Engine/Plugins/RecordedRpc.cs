using Google.Protobuf;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Plugins;

/// <summary>
/// One call the engine made to a plugin: which plugin instance (its label, such as the provider's name or
/// "schema"), the method, the request exactly as sent, and the reply or the error. Started and Ended are
/// <see cref="System.Diagnostics.Stopwatch"/> timestamps, to tell calls that overlapped from calls in sequence.
/// </summary>
internal sealed record RecordedRpc(
    string Plugin, string Method, IMessage Request, IMessage? Response, GrpcException? Error, long Started, long Ended)
{
    /// <summary>The address of the plugin process called (127.0.0.1:port); "" for a call made to the engine.</summary>
    public string Address { get; init; } = "";

    /// <summary>The resource or provider a call concerns, by name ("" for plugin-wide calls).</summary>
    public string Subject => Request switch
    {
        Provider.Protocol.CheckRequest check => check.Name,
        Provider.Protocol.DiffRequest diff => diff.Name,
        Provider.Protocol.CreateRequest create => create.Name,
        Provider.Protocol.ReadRequest read => read.Name,
        Provider.Protocol.UpdateRequest update => update.Name,
        Provider.Protocol.DeleteRequest delete => delete.Name,
        Provider.Protocol.ConfigureRequest configure => configure.Name,
        Provider.Protocol.ConstructRequest construct => construct.Name,
        Provider.Protocol.RegisterResourceRequest register => register.Name,
        Provider.Protocol.RegisterResourceOutputsRequest outputs => State.Urns.Name(outputs.Urn),
        Provider.Protocol.SupportsFeatureRequest feature => feature.Id,
        _ => "",
    };

    /// <summary>"Method subject", the way traces of calls are written in tests: "Check w1", "Configure default".</summary>
    public override string ToString() => Subject.Length == 0 ? Method : $"{Method} {Subject}";

    /// <summary>True when the two calls were in flight at the same time.</summary>
    public bool Overlaps(RecordedRpc other) => Started < other.Ended && other.Started < Ended;
}
