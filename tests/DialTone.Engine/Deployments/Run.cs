using DialTone.Engine.Plugins;
using DialTone.Engine.Services;

namespace DialTone.Engine.Deployments;

/// <summary>
/// Everything one run uses: the deployment's state, the engine's services on 127.0.0.1 (its Engine log service and,
/// on a server of its own as in the engine, its ResourceMonitor), the provider registry and the registrar. The body
/// does the operation's work. Whatever happens in it, the run ends as the engine's does: every error is a
/// diagnostic, registrations still in flight finish, every plugin is shut down, and the checkpoint holds every step
/// that completed.
/// </summary>
internal sealed class Run(Deployment deployment, ProviderRegistry providers, ResourceRegistrar registrar, string engineAddress)
{
    /// <summary>The engine's services, as plugins are given it.</summary>
    public string EngineAddress { get; } = engineAddress;

    public Deployment Deployment { get; } = deployment;

    public ProviderRegistry Providers { get; } = providers;

    public ResourceRegistrar Registrar { get; } = registrar;

    public static async Task<RunResult> ExecuteAsync(StackSettings settings, Checkpoint olds, bool dryRun, Func<Run, Task<PropertyMap>> body)
    {
        var deployment = new Deployment(settings, olds, dryRun, new RpcRecorder());
        await using var server = await EngineServer.StartAsync();
        var providers = new ProviderRegistry(deployment, server.Address);
        var registrar = new ResourceRegistrar(deployment, providers);
        var monitorCalls = new RpcRecorder();
        await using var monitor = await ResourceMonitor.StartAsync(registrar, monitorCalls);
        registrar.Construct = new Construction(deployment, providers, monitor.Address).ConstructAsync;
        var run = new Run(deployment, providers, registrar, server.Address);
        var outputs = PropertyMap.Empty;
        try
        {
            outputs = await body(run);
        }
        catch (Exception exception) when (exception is StepFailedException or SkippedException)
        {
        }
        catch (Exception exception)
        {
            deployment.Fail(null, exception.Message);
        }
        finally
        {
            await registrar.SettleAsync();
            await providers.ShutDownAsync();
        }
        return new RunResult(deployment.Steps, deployment.Recorder.Calls, [.. server.Logs], deployment.Diagnostics, outputs,
            dryRun ? olds : deployment.Result())
        {
            MonitorCalls = monitorCalls.Calls,
        };
    }
}
