using DialTone.Engine.Plugins;
using DialTone.Engine.Yaml;

namespace DialTone.Engine.Tests.Yaml;

/// <summary>The test plugin's schema, loaded once from the plugin as the schema loader does, for binding templates.</summary>
public sealed class TestPackageSchema : IAsyncLifetime
{
    internal PackageSchema Schema { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Schema = PackageSchema.Parse(await SchemaLoader.LoadAsync(PluginPaths.TestPlugin, "127.0.0.1:1", Path.GetTempPath(), new RpcRecorder()));

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>Anything outside the subset is refused by name, where it stands, before anything runs; never guessed at.</summary>
public sealed class UnsupportedConstructTests(TestPackageSchema package) : IClassFixture<TestPackageSchema>
{
    private const string Header = "name: widgets\n";

    private static string ParseProblem(string yaml) =>
        Assert.Single(Assert.Throws<YamlProgramException>(() => YamlTemplate.Parse(Header + yaml)).Problems);

    private string BindProblem(string yaml) => Assert.Single(Assert.Throws<YamlProgramException>(() =>
        new TemplateBinder(YamlTemplate.Parse(Header + yaml), new Dictionary<string, PackageSchema> { ["dialtonetest"] = package.Schema },
            new StackSettings("widgets", "dev", Path.GetTempPath())).Bind()).Problems);

    [Theory]
    [InlineData("packages:\n  x: y\n", "Pulumi.yaml:2:1: the top-level section 'packages' is not supported by the test harness.")]
    [InlineData("components:\n  x: {}\n", "Pulumi.yaml:2:1: the top-level section 'components' is not supported by the test harness.")]
    [InlineData("variables:\n  v:\n    fn::join: [',', [a, b]]\n", "Pulumi.yaml:4:5: the built-in function 'fn::join' is not supported by the test harness.")]
    [InlineData("variables:\n  v:\n    fn::invoke:\n      function: x\n", "Pulumi.yaml:4:5: the built-in function 'fn::invoke' is not supported by the test harness.")]
    [InlineData("resources:\n  a:\n    type: dialtonetest:Widget\n    get:\n      id: x\n", "Pulumi.yaml:5:5: the resource field 'get' is not supported by the test harness.")]
    [InlineData("resources:\n  a:\n    type: dialtonetest:Widget\n    options:\n      provider: ${p}\n", "Pulumi.yaml:6:7: the resource option 'provider' is not supported by the test harness.")]
    [InlineData("resources:\n  a:\n    type: dialtonetest:Widget\n    options:\n      customTimeouts:\n        create: 5m\n", "Pulumi.yaml:6:7: the resource option 'customTimeouts' is not supported by the test harness.")]
    [InlineData("plugins:\n  analyzers: []\n", "Pulumi.yaml:3:3: plugins of kind 'analyzers' is not supported by the test harness.")]
    [InlineData("config:\n  c:\n    type: string\n    validation: x\n", "Pulumi.yaml:5:5: the config setting 'validation' is not supported by the test harness.")]
    public void A_construct_outside_the_subset_is_refused_by_name_when_the_program_is_read(string yaml, string problem) =>
        Assert.Equal(problem, ParseProblem(yaml));

    [Theory]
    [InlineData("aliases")]
    [InlineData("customTimeouts")]
    [InlineData("deletedWith")]
    [InlineData("envVarMappings")]
    [InlineData("hideDiffs")]
    [InlineData("hooks")]
    [InlineData("parent")]
    [InlineData("pluginDownloadURL")]
    [InlineData("provider")]
    [InlineData("providers")]
    [InlineData("replaceOnChanges")]
    [InlineData("replaceWith")]
    [InlineData("replacementTrigger")]
    [InlineData("version")]
    public void Every_resource_option_outside_the_subset_is_refused_by_name(string option) =>
        Assert.Equal($"Pulumi.yaml:6:7: the resource option '{option}' is not supported by the test harness.",
            ParseProblem($"resources:\n  a:\n    type: dialtonetest:Widget\n    options:\n      {option}: x\n"));

    // pulumi-yaml's built-in functions (ast/expr.go), none of which the harness evaluates.
    [Theory]
    [InlineData("fn::invoke")]
    [InlineData("fn::join")]
    [InlineData("fn::split")]
    [InlineData("fn::toJSON")]
    [InlineData("fn::toBase64")]
    [InlineData("fn::fromBase64")]
    [InlineData("fn::select")]
    [InlineData("fn::length")]
    [InlineData("fn::secret")]
    [InlineData("fn::unsecret")]
    [InlineData("fn::readFile")]
    [InlineData("fn::singleOrNone")]
    [InlineData("fn::stackReference")]
    [InlineData("fn::pulumiResourceName")]
    [InlineData("fn::pulumiResourceType")]
    [InlineData("fn::fileAsset")]
    [InlineData("fn::stringAsset")]
    [InlineData("fn::remoteAsset")]
    [InlineData("fn::fileArchive")]
    [InlineData("fn::remoteArchive")]
    [InlineData("fn::assetArchive")]
    public void Every_built_in_function_is_refused_by_name(string function) =>
        Assert.Equal($"Pulumi.yaml:4:5: the built-in function '{function}' is not supported by the test harness.",
            ParseProblem($"variables:\n  v:\n    {function}: x\n"));

    [Fact]
    public void A_misspelt_resource_option_is_named_as_not_an_option() =>
        Assert.Equal("Pulumi.yaml:6:7: 'protected' is not a resource option.",
            ParseProblem("resources:\n  a:\n    type: dialtonetest:Widget\n    options:\n      protected: true\n"));

    [Theory]
    [InlineData("resources:\n  p:\n    type: pulumi:providers:dialtonetest\n",
        "Pulumi.yaml:3:3: the engine's own type 'pulumi:providers:dialtonetest' (explicit providers, stack references) is not supported by the test harness.")]
    [InlineData("resources:\n  a:\n    type: dialtonetest:Widget\n    properties:\n      name: ${pulumi.stack}\n",
        "Pulumi.yaml:6:13: the built-in variable ${pulumi.stack} is not supported by the test harness.")]
    [InlineData("resources:\n  a:\n    type: dialtonetest:Widget\n    properties:\n      name: a\n  b:\n    type: dialtonetest:Widget\n    properties:\n      name: ${a}\n",
        "Pulumi.yaml:10:13: a resource as a value (${a}); read one of its properties is not supported by the test harness.")]
    public void A_reference_or_type_outside_the_subset_is_refused_by_name_when_the_program_is_bound(string yaml, string problem) =>
        Assert.Equal(problem, BindProblem(yaml));

    [Theory]
    [InlineData("List<String>")]
    [InlineData("list<integer>")]
    [InlineData("Object")]
    [InlineData("List<Object>")]
    public void A_configuration_type_pulumi_yaml_knows_but_the_harness_does_not_is_refused_by_name(string type) =>
        Assert.Equal($"Pulumi.yaml:3:3: the configuration type '{type}' is not supported by the test harness.",
            BindProblem($"config:\n  c:\n    type: {type}\n"));

    [Fact]
    public void A_configuration_type_pulumi_yaml_does_not_know_is_named_with_the_valid_ones() =>
        Assert.Equal("Pulumi.yaml:3:3: unexpected configuration type 'colour': valid types are string, integer, number and boolean",
            BindProblem("config:\n  c:\n    type: colour\n"));

    [Fact]
    public void A_default_that_is_not_a_single_value_is_refused_by_name_instead_of_read_as_missing() =>
        Assert.Equal("Pulumi.yaml:3:3: the default of 'c', which is not a single value, is not supported by the test harness.",
            BindProblem("config:\n  c:\n    default: [a, b]\n"));

    [Fact]
    public void A_reference_to_nothing_is_named() =>
        Assert.Equal("Pulumi.yaml:6:13: resource, variable, or config value \"ghost\" not found",
            BindProblem("resources:\n  a:\n    type: dialtonetest:Widget\n    properties:\n      name: ${ghost.name}\n"));

    [Fact]
    public void A_type_the_package_lacks_is_named_with_the_types_it_has() =>
        Assert.Equal("Pulumi.yaml:3:3: error resolving type of resource a: package dialtonetest has no resource dialtonetest:index:Gadget; " +
            "its resources are: dialtonetest:index:Widget, dialtonetest:index:WidgetPair, dialtonetest:index:WidgetRow",
            BindProblem("resources:\n  a:\n    type: dialtonetest:Gadget\n"));

    [Fact]
    public void An_output_the_resource_does_not_have_is_named() =>
        Assert.StartsWith("Pulumi.yaml:8:6: Property serail does not exist on Resource dialtonetest:index:Widget. Existing properties are: serial,",
            BindProblem("resources:\n  a:\n    type: dialtonetest:Widget\n    properties:\n      name: a\noutputs:\n  s: ${a.serail}\n"));

    [Fact]
    public void The_supported_options_are_read_as_the_program_declares_them()
    {
        var resource = YamlTemplate.Parse(Header + """
            resources:
              a:
                type: dialtonetest:Widget
                options:
                  protect: true
                  ignoreChanges: [colour, labels.after]
                  deleteBeforeReplace: true
                  retainOnDelete: false
                  import: widget-1
                  additionalSecretOutputs: [serial]
            """).Resources.Single();

        var options = resource.Options;
        Assert.Equal((true, true, false, "widget-1"), (options.Protect, options.DeleteBeforeReplace, options.RetainOnDelete, options.Import));
        Assert.Equal(["colour", "labels.after"], options.IgnoreChanges.AsEnumerable());
        Assert.Equal(["serial"], options.AdditionalSecretOutputs.AsEnumerable());
    }
}
