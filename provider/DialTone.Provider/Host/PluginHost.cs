using System.Runtime.InteropServices;
using DialTone.Provider.Configuration;
using DialTone.Provider.Contracts;
using DialTone.Provider.Rpc;
using Microsoft.Extensions.DependencyInjection;

namespace DialTone.Provider.Host;

/// <summary>
/// Boots a plugin the way the engine expects (pulumi-protocol.md §1): serve gRPC on 127.0.0.1, write the port as the
/// first and only line on stdout, log to stderr, serve until SIGINT or SIGTERM, then exit 0.
/// </summary>
public static class PluginHost
{
    public static async Task<int> RunAsync(string[] args, ProviderDefinition definition)
    {
        // stdout belongs to the port line alone: anything else that writes to Console.Out lands on stderr.
        var stdout = Console.Out;
        var stderr = Console.Error;
        Console.SetOut(stderr);
        var arguments = PluginArguments.Parse(args);
        if (arguments.PrintVersion)
        {
            await stdout.WriteLineAsync(ProviderDefinition.ProductVersion);
            await stdout.FlushAsync();
            return 0;
        }
        try
        {
            await using var services = Compose(definition, stderr);
            if (arguments.EngineAddress is { } address)
            {
                services.GetRequiredService<EngineLog>().Connect(address);
            }
            using var stop = new StopSignal();
            await using var server = await StartServerAsync(services, stderr);
            await stdout.WriteAsync($"{server.Port}\n");
            await stdout.FlushAsync();
            await stop.Task;
            return 0;
        }
        catch (Exception exception)
        {
            await stderr.WriteLineAsync($"{definition.Name}: {exception}");
            return 1;
        }
    }

    /// <summary>The plugin's services; a test plugin gets the same composition with its own definition.</summary>
    public static ServiceProvider Compose(ProviderDefinition definition, TextWriter stderr)
    {
        var services = new ServiceCollection();
        definition.Services(services);
        foreach (var resource in definition.Resources)
        {
            services.AddSingleton(provider => HandlerFactory.Resource(resource, provider));
        }
        foreach (var component in definition.Components)
        {
            services.AddSingleton(provider => HandlerFactory.Component(component, provider));
        }
        return services
            .AddSingleton(definition)
            .AddSingleton(stderr)
            .AddSingleton(new ProviderConfiguration(Environment.GetEnvironmentVariable, Environment.CurrentDirectory))
            .AddSingleton<ProviderSession>()
            .AddSingleton<CallCancellation>()
            .AddSingleton<EngineLog>()
            .AddSingleton<IEngineLog>(services => services.GetRequiredService<EngineLog>())
            .AddSingleton<IResourceProviderService, ProviderService>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public static Task<GrpcServer> StartServerAsync(IServiceProvider services, TextWriter stderr)
    {
        var cancellation = services.GetRequiredService<CallCancellation>();
        return GrpcServer.StartAsync(
            ResourceProviderEndpoint.Methods(services.GetRequiredService<IResourceProviderService>()),
            () => cancellation.Token,
            (path, exception) =>
            {
                var error = ErrorMapping.ToGrpc(exception);
                stderr.WriteLine(error.Code == GrpcStatusCode.Internal ? $"{path}: {exception}" : $"{path}: {error}");
                return error;
            },
            CancellationToken.None);
    }

    /// <summary>Completes on SIGINT (what the engine sends at shutdown) or SIGTERM, instead of the default exit.</summary>
    private sealed class StopSignal : IDisposable
    {
        private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly PosixSignalRegistration[] _registrations;

        public StopSignal() => _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop),
        ];

        public Task Task => _stopped.Task;

        public void Dispose()
        {
            foreach (var registration in _registrations)
            {
                registration.Dispose();
            }
        }

        private void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            _stopped.TrySetResult();
        }
    }
}
