using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Contracts;
using Wire = DialTone.Provider.Protocol;

namespace DialTone.Provider.Rpc;

/// <summary>The engine's pulumirpc.Engine service, as the provider calls it.</summary>
public sealed class EngineClient(string address) : IDisposable
{
    private readonly GrpcClient _client = new(address);

    public string Address => _client.Address;

    public Task LogAsync(LogSeverity severity, string message, string? urn, bool ephemeral, CancellationToken cancel) =>
        _client.CallAsync("pulumirpc.Engine", "Log", new Wire.LogRequest
        {
            Severity = (Wire.LogSeverity)severity,
            Message = message,
            Urn = urn ?? "",
            Ephemeral = ephemeral,
        }, Empty.Parser, cancel);

    public void Dispose() => _client.Dispose();
}
