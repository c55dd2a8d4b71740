using DialTone.Provider.Contracts;
using DialTone.Provider.Rpc;

namespace DialTone.Provider.Host;

/// <summary>
/// The engine log, connected once the engine's address is known: from argv at boot, or from Handshake or Attach.
/// Until then, and whenever the engine cannot be reached, messages go to stderr, which the engine keeps at debug
/// level.
/// </summary>
public sealed class EngineLog(TextWriter stderr) : IEngineLog, IDisposable
{
    private EngineClient? _engine;

    /// <summary>
    /// Logs to the engine at <paramref name="address"/> (host:port) from now on. An address that is empty or not
    /// host:port is ignored, with a note on stderr: a bad address must not stop the plugin from booting or loading.
    /// </summary>
    public void Connect(string address)
    {
        if (_engine?.Address == address)
        {
            return;
        }
        if (!Uri.TryCreate($"http://{address}", UriKind.Absolute, out var uri) || uri.PathAndQuery != "/")
        {
            stderr.WriteLine($"Ignoring the engine address '{address}': it is not host:port. Logs go to stderr.");
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
            catch (Exception exception) when (!cancel.IsCancellationRequested)
            {
                // Logging never fails the caller, whatever broke the call: the engine gone, or this client replaced
                // (and disposed) by a later Connect while the call was in flight.
                await stderr.WriteLineAsync($"The engine log at {engine.Address} failed: {exception.Message}");
            }
        }
        await stderr.WriteLineAsync($"{severity.ToString().ToLowerInvariant()}: {message}{(urn is null ? "" : $" ({urn})")}");
    }

    public void Dispose() => _engine?.Dispose();
}
