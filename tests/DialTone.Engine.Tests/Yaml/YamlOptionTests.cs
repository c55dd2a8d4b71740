using DialTone.Engine.Yaml;
using DialTone.Provider.Values;

namespace DialTone.Engine.Tests.Yaml;

/// <summary>Each resource option a Pulumi YAML program may give has its effect on the runs that follow.</summary>
public sealed class YamlOptionTests : WidgetStackTests
{
    /// <summary>A program of widget a with these properties and options (YAML lines, indented under the resource).</summary>
    private static YamlTemplate WidgetA(string properties, string options = "") => YamlTemplate.Parse($"""
        name: widgets
        resources:
          a:
            type: dialtonetest:Widget
            properties:
        {properties}
        {(options.Length > 0 ? "    options:\n" + options : "")}
        """);

    private static readonly YamlTemplate Nothing = YamlTemplate.Parse("name: widgets\n");

    [Fact]
    public async Task IgnoreChanges_keeps_the_old_value_on_the_next_run()
    {
        const string Ignoring = "      ignoreChanges: [colour]";
        await Stack.UpAsync(WidgetA("      name: a\n      colour: red", Ignoring));

        var run = await Stack.UpAsync(WidgetA("      name: a\n      colour: green", Ignoring));

        Assert.Equal(["same a"], run.ResourceSteps);
        Assert.Equal(PropertyValue.String("red"), run.Checkpoint.Named("a").Inputs["colour"]);
    }

    [Fact]
    public async Task Protect_refuses_the_delete_of_a_resource_the_program_drops()
    {
        await Stack.UpAsync(WidgetA("      name: a", "      protect: true"));

        var run = await Stack.UpAsync(Nothing);

        Assert.StartsWith($"resource \"{UrnOf("a")}\" cannot be deleted", Assert.Single(run.Errors));
        Assert.Empty(run.Calls("Delete"));
    }

    [Fact]
    public async Task RetainOnDelete_leaves_the_widget_when_the_program_drops_it()
    {
        var a = (await Stack.UpAsync(WidgetA("      name: a", "      retainOnDelete: true"))).Checkpoint.Named("a");

        var run = await Stack.UpAsync(Nothing);

        Assert.Equal(["delete a"], run.ResourceSteps);
        Assert.Empty(run.Calls("Delete"));
        Assert.True(File.Exists(Path.Combine(WidgetsDirectory, a.Id + ".json")));
    }

    [Fact]
    public async Task DeleteBeforeReplace_deletes_the_old_widget_before_creating_its_replacement()
    {
        await Stack.UpAsync(WidgetA("      name: a", "      deleteBeforeReplace: true"));

        var run = await Stack.UpAsync(WidgetA("      name: renamed", "      deleteBeforeReplace: true"));

        Assert.Equal(["Check a", "Diff a", "Check a", "Delete a", "Create a"], run.TraceOf("a"));
    }

    [Fact]
    public async Task Import_adopts_an_existing_widget_instead_of_creating_one()
    {
        MakeWidgetOutsideTheStack("widget-existing", "red");

        var run = await Stack.UpAsync(WidgetA("      name: found\n      colour: red", "      import: widget-existing"));

        Assert.Equal(["import a"], run.ResourceSteps);
        Assert.Empty(run.Calls("Create"));
        Assert.Equal("widget-existing", run.Checkpoint.Named("a").Id);
    }
}
