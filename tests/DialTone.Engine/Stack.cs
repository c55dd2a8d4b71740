using DialTone.Engine.Deployments;
using DialTone.Engine.Programs;
using DialTone.Engine.Steps;
using DialTone.Engine.Yaml;

namespace DialTone.Engine;

/// <summary>
/// A Pulumi stack driven by the harness, the way the Pulumi CLI drives one: each operation is one engine run with
/// fresh plugin processes, and the checkpoint is kept as JSON between runs (in the project directory, at
/// .pulumi/stacks/&lt;project&gt;/&lt;stack&gt;.json, where the local backend keeps its file, though not in that
/// file's shape: see <see cref="CheckpointJson"/>). <see cref="UpAsync"/> is
/// <c>pulumi up --skip-preview</c>, what the Automation API runs; call <see cref="PreviewAsync"/> first to see a
/// preview phase.
/// </summary>
internal sealed class Stack(StackSettings settings)
{
    public StackSettings Settings { get; set; } = settings;

    public string CheckpointPath =>
        Path.Combine(Settings.ProjectDirectory, ".pulumi", "stacks", Settings.Project, Settings.Stack + ".json");

    public Checkpoint Checkpoint => File.Exists(CheckpointPath) ? CheckpointJson.Read(File.ReadAllText(CheckpointPath)) : Checkpoint.Empty;

    /// <summary>Sets a stack configuration value, as `pulumi config set [--secret] key value` does.</summary>
    public Stack WithConfig(string key, string value, bool secret = false)
    {
        Settings = Settings with { Config = Settings.Config.SetItem(key, new ConfigValue(value, secret)) };
        return this;
    }

    /// <summary>`pulumi preview`: what an update would do, with preview=true everywhere; the checkpoint is left alone.</summary>
    public Task<RunResult> PreviewAsync(DeploymentProgram program) => DeployAsync(program, dryRun: true);

    /// <summary>`pulumi up --skip-preview`: creates, updates and replaces, then deletes what the program no longer declares.</summary>
    public Task<RunResult> UpAsync(DeploymentProgram program) => DeployAsync(program, dryRun: false);

    /// <summary>`pulumi refresh`: reads every custom resource and shows its drift with the inverted Diff.</summary>
    public Task<RunResult> RefreshAsync(bool preview = false) => RunAsync(preview, async run =>
    {
        // Replaced resources still waiting for their delete are left as they are.
        var refreshes = run.Deployment.Olds.Resources.Where(state => state.Custom && !state.IsProvider && !state.Delete)
            .Select(async state => await Step.RunAsync(run.Deployment, [new RefreshStep(state, await run.Providers.EnsureAsync(state.Provider))]));
        await Task.WhenAll(refreshes);
        run.Deployment.RebuildBaseState();
        return StackOutputs(run.Deployment.Olds);
    });

    /// <summary>`pulumi destroy`: deletes everything in reverse dependency order; its preview calls no Delete.</summary>
    public Task<RunResult> DestroyAsync(bool preview = false) => RunAsync(preview, async run =>
    {
        await DeleteScheduler.RunAsync(run.Deployment, run.Providers, run.Deployment.Olds.Resources);
        return PropertyMap.Empty;
    });

    /// <summary>`pulumi import --yes --skip-preview &lt;type&gt; &lt;name&gt; &lt;id&gt;`.</summary>
    public Task<RunResult> ImportAsync(string type, string name, string id) =>
        RunAsync(dryRun: false, run => CliImport.RunAsync(run, type, name, id, run.EngineAddress));

    /// <summary>`pulumi preview` of a Pulumi YAML program: its schemas loaded, its values checked, then as any program.</summary>
    public Task<RunResult> PreviewAsync(YamlTemplate template) => RunTemplateAsync(template, dryRun: true);

    /// <summary>`pulumi up --skip-preview` of a Pulumi YAML program.</summary>
    public Task<RunResult> UpAsync(YamlTemplate template) => RunTemplateAsync(template, dryRun: false);

    private Task<RunResult> DeployAsync(DeploymentProgram program, bool dryRun)
    {
        var problems = program.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The program cannot run:\n{string.Join("\n", problems)}", nameof(program));
        }
        return RunAsync(Settings, dryRun, run => RunProgramThenDeletesAsync(run, program));
    }

    // As pulumi-yaml runs: the template is bound against its packages' schemas first, and only then registers anything.
    private Task<RunResult> RunTemplateAsync(YamlTemplate template, bool dryRun)
    {
        var settings = Settings with { Plugins = Settings.Plugins.SetItems(template.Plugins) };
        return RunAsync(settings, dryRun, async run => await TemplateLoading.BindAsync(run, template, settings) is { } program
            ? await RunProgramThenDeletesAsync(run, program)
            : PropertyMap.Empty);
    }

    // The program's registrations, then the deletes of what it no longer declares, unless the run has stopped.
    private static async Task<PropertyMap> RunProgramThenDeletesAsync(Run run, DeploymentProgram program)
    {
        var outputs = await new ProgramRunner(run.Deployment, run.Registrar).RunAsync(program);
        if (!run.Deployment.Stopped)
        {
            await DeleteScheduler.RunAsync(run.Deployment, run.Providers, run.Deployment.Condemned());
        }
        return outputs;
    }

    private Task<RunResult> RunAsync(bool dryRun, Func<Run, Task<PropertyMap>> body) => RunAsync(Settings, dryRun, body);

    private async Task<RunResult> RunAsync(StackSettings settings, bool dryRun, Func<Run, Task<PropertyMap>> body)
    {
        var result = await Run.ExecuteAsync(settings, Checkpoint, dryRun, body);
        if (!dryRun)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CheckpointPath)!);
            await File.WriteAllTextAsync(CheckpointPath, CheckpointJson.Write(result.Checkpoint, Settings.Stack, Settings.Project));
        }
        return result;
    }

    private PropertyMap StackOutputs(Checkpoint checkpoint) => checkpoint.Find(Settings.StackUrn)?.Outputs ?? PropertyMap.Empty;
}
