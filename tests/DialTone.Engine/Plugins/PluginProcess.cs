using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using DialTone.Testing;

namespace DialTone.Engine.Plugins;

/// <summary>
/// A plugin started exactly as the engine starts it (pulumi-protocol.md §1.1): the executable with the engine's
/// address as its last argument, in the project directory, stdin a pipe, the port read byte by byte from the first
/// line of stdout; the rest of stdout and stderr are kept, as the engine keeps them at debug level.
/// </summary>
internal sealed class PluginProcess : IAsyncDisposable
{
    /// <summary>
    /// How long the port line may take. The engine waits for ever (pulumi-protocol.md §1.1); a test fails instead,
    /// after a bound generous enough for a loaded machine.
    /// </summary>
    private static readonly TimeSpan PortLineLimit = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _stderr;
    private readonly Task<string> _restOfStdout;

    private PluginProcess(Process process, StringBuilder stderr, int port, Task<string> restOfStdout, RpcRecorder? recorder,
        string label)
    {
        _process = process;
        _stderr = stderr;
        Port = port;
        _restOfStdout = restOfStdout;
        Client = new ProviderClient($"127.0.0.1:{port}", recorder, label);
    }

    public int Port { get; }

    public ProviderClient Client { get; }

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static Task<PluginProcess> StartDialToneAsync(params string[] arguments) =>
        StartAsync(PluginPaths.DialTone, arguments);

    public static Task<PluginProcess> StartTestPluginAsync(params string[] arguments) =>
        StartAsync(PluginPaths.TestPlugin, arguments);

    /// <param name="recorder">Where every call of <see cref="Client"/> is recorded, under <paramref name="label"/>.</param>
    public static async Task<PluginProcess> StartAsync(string executable, IEnumerable<string> arguments,
        string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null,
        RpcRecorder? recorder = null, string label = "")
    {
        var start = ProcessRun.StartInfo(executable, arguments, workingDirectory,
            environment?.ToDictionary(entry => entry.Key, entry => (string?)entry.Value));
        var process = Process.Start(start)!;
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, line) =>
        {
            // The last event, with no data, marks the end of stderr.
            if (line.Data is null)
            {
                return;
            }
            lock (stderr)
            {
                stderr.AppendLine(line.Data);
            }
        };
        process.BeginErrorReadLine();
        string portLine;
        bool ended;
        try
        {
            (portLine, ended) = await ReadLineAsync(process.StandardOutput.BaseStream).WaitAsync(PortLineLimit);
        }
        catch (TimeoutException)
        {
            throw await NoPortAsync(executable, process, stderr, $"wrote no port line within {PortLineLimit.TotalMinutes:0} minutes");
        }
        if (int.TryParse(portLine, out var port) && !ended)
        {
            return new PluginProcess(process, stderr, port, process.StandardOutput.ReadToEndAsync(), recorder, label);
        }
        if (ended)
        {
            // It closed stdout: it is exiting, and its exit code says how.
            using var exiting = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(exiting.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        throw await NoPortAsync(executable, process, stderr,
            ended ? $"ended stdout without a port line{(portLine.Length > 0 ? $" (it wrote '{portLine}')" : "")}" : $"wrote '{portLine}' instead of a port");
    }

    /// <summary>
    /// The error for a plugin that wrote no port: it is stopped if it still runs, and its exit awaited so that stderr
    /// has been read to its end, since the crash text and the exit code are what tell the reader why.
    /// </summary>
    private static async Task<InvalidOperationException> NoPortAsync(string executable, Process process, StringBuilder stderr, string what)
    {
        var killed = !process.HasExited;
        if (killed)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        var exit = killed ? "was killed" : $"exited with code {process.ExitCode}";
        process.Dispose();
        lock (stderr)
        {
            return new InvalidOperationException($"The plugin {executable} {what} and {exit}. Its stderr:\n{stderr}");
        }
    }

    /// <summary>Sends SIGINT, as the engine does at shutdown, and waits for the exit.</summary>
    public async Task<(int ExitCode, TimeSpan Took, string RestOfStdout)> InterruptAsync()
    {
        var clock = Stopwatch.StartNew();
        if (!TryInterrupt(_process.Id))
        {
            throw new InvalidOperationException($"kill({_process.Id}, SIGINT) failed.");
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _process.WaitForExitAsync(timeout.Token);
        return (_process.ExitCode, clock.Elapsed, await _restOfStdout);
    }

    /// <summary>
    /// Shuts the plugin down as the engine closes it (plugin.go Close): Cancel, then SIGINT, then SIGKILL after 5 s.
    /// Returns whether the plugin acknowledged its shutdown, which Cancel's success or UNIMPLEMENTED does
    /// (provider_plugin.go SignalCancellation); only a plugin that did not is reported, however it then exits.
    /// </summary>
    public async Task<bool> ShutDownAsync()
    {
        var acknowledged = true;
        try
        {
            await Client.CancelAsync();
        }
        catch (Provider.Rpc.GrpcException exception)
        {
            acknowledged = exception.Code == Provider.Rpc.GrpcStatusCode.Unimplemented;
        }
        Client.Dispose();
        if (!_process.HasExited)
        {
            TryInterrupt(_process.Id);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        return acknowledged;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    // The engine reads stdout byte by byte up to the first newline; so does this. Ended: stdout closed first.
    private static async Task<(string Line, bool Ended)> ReadLineAsync(Stream stdout)
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (await stdout.ReadAsync(one) == 1)
        {
            if (one[0] == '\n')
            {
                return (Encoding.UTF8.GetString(line.ToArray()), false);
            }
            line.Add(one[0]);
        }
        return (Encoding.UTF8.GetString(line.ToArray()), true);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static bool TryInterrupt(int pid)
    {
        const int sigint = 2;
        return Kill(pid, sigint) == 0;
    }
}
