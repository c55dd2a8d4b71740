using DialTone.Provider.Contracts;
using DialTone.Provider.Rpc;

namespace DialTone.Provider.Host;

/// <summary>
/// The engine log, connected once the engine's address is known: from argv at boot, or from Attach. Until then, and
/// whenever the engine cannot be reached, messages go to stderr, which the engine keeps at debug level.
/// </summary>
public sealed class EngineLog(TextWriter stderr) : IEngineLog, IDisposable
{
    private EngineClient? _engine;

    public void Connect(string address)
    {
        if (_engine?.Address == address)
        {
            return;
        }
        Interlocked.Exchange(ref _engine, new EngineClient(address))?.Dispose();
    }

    public async Task LogAsync(LogSeverity severity, string message, string? urn = null, bool ephemeral = false,
        CancellationToken cancel = default)
    {
        if (_engine is { } engine)
        {
            try
            {
                await engine.LogAsync(severity, message, urn, ephemeral, cancel);
                return;
            }
            catch (Exception exception) when (exception is GrpcException or HttpRequestException)
            {
                await stderr.WriteLineAsync($"The engine log at {engine.Address} failed: {exception.Message}");
            }
        }
        await stderr.WriteLineAsync($"{severity.ToString().ToLowerInvariant()}: {message}{(urn is null ? "" : $" ({urn})")}");
    }

    public void Dispose() => _engine?.Dispose();
}
