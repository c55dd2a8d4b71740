using System.Diagnostics;
using System.Text;
using DialTone.Testing;

namespace DialTone.Provider.Tests.Harness;

/// <summary>
/// A plugin started exactly as the engine starts it (pulumi-protocol.md §1.1): the executable with the engine's
/// address as its last argument, stdin a pipe, the port read from the first line of stdout.
/// </summary>
internal sealed class PluginProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr;
    private readonly Task<string> _restOfStdout;

    private PluginProcess(Process process, StringBuilder stderr, int port, Task<string> restOfStdout)
    {
        _process = process;
        _stderr = stderr;
        Port = port;
        _restOfStdout = restOfStdout;
        Client = new ProviderClient($"127.0.0.1:{port}");
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
        StartAsync(Repository.ProviderLauncher, arguments);

    /// <summary>The test plugin (tests/DialTone.TestPlugin), built beside this test project in the same configuration.</summary>
    public static string TestPluginPath { get; } = Path.Combine(Repository.Root, "tests", "DialTone.TestPlugin",
        Path.GetRelativePath(Path.Combine(Repository.Root, "tests", "DialTone.Provider.Tests"), AppContext.BaseDirectory),
        "DialTone.TestPlugin");

    public static Task<PluginProcess> StartTestPluginAsync(params string[] arguments) => StartAsync(TestPluginPath, arguments);

    public static async Task<PluginProcess> StartAsync(string executable, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start)!;
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, line) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(line.Data);
            }
        };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var portLine = await ReadLineAsync(process.StandardOutput.BaseStream, timeout.Token);
        if (!int.TryParse(portLine, out var port))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The plugin wrote '{portLine}' instead of a port. stderr: {stderr}");
        }
        return new PluginProcess(process, stderr, port, process.StandardOutput.ReadToEndAsync());
    }

    /// <summary>Sends SIGINT, as the engine does at shutdown, and waits for the exit.</summary>
    public async Task<(int ExitCode, TimeSpan Took, string RestOfStdout)> InterruptAsync()
    {
        var clock = Stopwatch.StartNew();
        Interrupt(_process.Id);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _process.WaitForExitAsync(timeout.Token);
        return (_process.ExitCode, clock.Elapsed, await _restOfStdout);
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

    // The engine reads stdout byte by byte up to the first newline; so does this.
    private static async Task<string> ReadLineAsync(Stream stdout, CancellationToken cancel)
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (await stdout.ReadAsync(one, cancel) == 1 && one[0] != '\n')
        {
            line.Add(one[0]);
        }
        return Encoding.UTF8.GetString(line.ToArray());
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static void Interrupt(int pid)
    {
        const int sigint = 2;
        if (Kill(pid, sigint) != 0)
        {
            throw new InvalidOperationException($"kill({pid}, SIGINT) failed.");
        }
    }
}
