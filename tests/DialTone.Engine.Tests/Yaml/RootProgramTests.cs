using DialTone.Engine.Yaml;
using DialTone.Testing;

namespace DialTone.Engine.Tests.Yaml;

/// <summary>The repository's own Pulumi.yaml stays inside the subset the harness runs.</summary>
public sealed class RootProgramTests
{
    private static readonly YamlTemplate Root = YamlTemplate.Load(Path.Combine(Repository.Root, "Pulumi.yaml"));

    [Fact]
    public void The_root_program_names_the_plugin_that_the_build_lays_out() =>
        Assert.Equal(Repository.ProviderLauncher, Root.Plugins["dialtone"]);

    [Fact]
    public async Task The_root_program_previews()
    {
        using var project = new TemporaryProject();
        var stack = project.NewStack(Root.Name!);

        var run = await stack.PreviewAsync(Root);

        Assert.True(run.Succeeded, string.Join("\n", run.Errors));
        Assert.Equal(["create dialtone-recovery-dev"], run.Steps.Select(step => step.ToString()));
    }
}
