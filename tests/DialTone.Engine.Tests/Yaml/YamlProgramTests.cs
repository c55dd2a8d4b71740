using DialTone.Engine.Yaml;
using DialTone.Provider.Values;

namespace DialTone.Engine.Tests.Yaml;

/// <summary>Pulumi YAML programs run as `pulumi` runs them, each supported construct in use.</summary>
public sealed class YamlProgramTests(YamlProgramTests.EverythingUp everything) : WidgetStackTests, IClassFixture<YamlProgramTests.EverythingUp>
{
    private const string Everything = """
        name: widgets
        runtime: yaml
        description: Every construct of the subset.
        config:
          colour:
            type: string
            default: red
          count:
            type: integer
          password:
            type: string
            default: hunter2
            secret: true
        variables:
          prefix: w-${colour}
        resources:
          first:
            type: dialtonetest:Widget
            properties:
              name: ${prefix}-first
              colour: ${colour}
              count: ${count}
              password: ${password}
          second:
            type: dialtonetest:index:Widget
            properties:
              name: second
              labels:
                after: ${first.serial}
                firstShape: ${first.shape}
              parts:
                - name: p1
                  size: 2
            options:
              dependsOn:
                - ${first}
              protect: true
              ignoreChanges:
                - count
          third:
            type: dialtonetest:Widget
            properties:
              name: third
            options:
              dependsOn:
                - ${second}
        outputs:
          firstSerial: ${first.serial}
          secondLabel: ${second.labels.after}
          partName: ${second.parts[0].name}
        """;

    private static YamlTemplate Program(string yaml) => YamlTemplate.Parse(yaml);

    /// <summary>One up of the program that uses everything, with count set in the stack's config.</summary>
    public sealed class EverythingUp : SharedWidgetRuns
    {
        internal RunResult Run { get; private set; } = null!;

        internal string CheckpointJson { get; private set; } = "";

        private protected override async Task RunAsync()
        {
            Stack.WithConfig("widgets:count", "3");
            Run = await Stack.UpAsync(Program(Everything));
            CheckpointJson = await File.ReadAllTextAsync(Stack.CheckpointPath);
        }
    }

    [Fact]
    public void Config_variables_references_options_and_outputs_run_as_pulumi_would_run_them()
    {
        var run = everything.Run;

        Assert.True(run.Succeeded, string.Join("\n", run.Errors));
        Structs.AssertJson("""{"name":"w-red-first","colour":"red","count":3,"password":{"secret":"hunter2"}}""",
            run.Request<CheckRequest>("Check", "first").News);
        var serial = run.Checkpoint.Named("first").Outputs["serial"];
        Structs.AssertJson($$"""{"name":"second","labels":{"after":{{serial}},"firstShape":"Round"},"parts":[{"name":"p1","size":2}]}""",
            run.Request<CheckRequest>("Check", "second").News);
        var second = run.Checkpoint.Named("second");
        Assert.Equal((Widget, true, false), (second.Type, second.Protect, run.Checkpoint.Named("first").Protect));
        Assert.Equal(["count"], second.IgnoreChanges.AsEnumerable());
        Assert.Contains(UrnOf("first"), second.Dependencies);
        // third reads nothing from second: only dependsOn makes it wait for second and depend on it.
        Assert.Equal([UrnOf("second")], run.Checkpoint.Named("third").Dependencies.AsEnumerable());
        Assert.True(run.Calls("Check", "third").Single().Started >= run.Calls("Create", "second").Single().Ended);
        Assert.Equal((serial, serial, PropertyValue.String("p1")), (run.Outputs["firstSerial"], run.Outputs["secondLabel"], run.Outputs["partName"]));
    }

    [Fact]
    public void Every_output_the_schema_calls_secret_is_registered_as_an_additional_secret_output()
    {
        Assert.Equal(["password", "passwordLength"], everything.Run.Checkpoint.Named("first").AdditionalSecretOutputs.Order());
        Assert.Contains("\"additionalSecretOutputs\"", everything.CheckpointJson);
    }

    [Fact]
    public void The_schema_is_loaded_on_a_process_of_its_own_before_the_provider_starts()
    {
        var run = everything.Run;

        Assert.Equal(["Handshake", "GetPluginInfo", "GetSchema", "Cancel"], run.Rpcs.Where(call => call.Plugin == "schema").Select(call => call.ToString()));
        Assert.DoesNotContain(run.Rpcs, call => call.Plugin == "schema" && call.Method == "Configure");
        Assert.True(run.Calls("GetSchema").Single().Ended < run.Calls("CheckConfig").Single().Started);
    }

    [Fact]
    public async Task Stack_config_wins_over_the_default_and_a_secret_one_stays_secret()
    {
        Stack.WithConfig("widgets:count", "3").WithConfig("widgets:colour", "green", secret: true);

        var run = await Stack.UpAsync(Program(Everything));

        var colour = Provider.Rpc.ValueConverter.ToValue(run.Request<CheckRequest>("Check", "first").News.Fields["colour"]);
        Assert.Equal(PropertyValue.String("green").WithSecret(), colour);
    }

    [Fact]
    public async Task Unknown_outputs_flow_through_references_in_a_preview()
    {
        Stack.WithConfig("widgets:count", "3");

        var run = await Stack.PreviewAsync(Program(Everything));

        Structs.AssertJson("""{"name":"second","labels":{"after":"?","firstShape":"Round"},"parts":[{"name":"p1","size":2}]}""",
            run.Request<CheckRequest>("Check", "second").News);
        Assert.True(run.Outputs["firstSerial"].IsComputed);
        Assert.True(run.Outputs["secondLabel"].IsComputed);
    }

    [Fact]
    public async Task A_missing_config_value_without_a_default_fails_naming_the_key_before_anything_runs()
    {
        var run = await Stack.UpAsync(Program(Everything));

        Assert.Equal(["Pulumi.yaml:8:3: missing required configuration variable 'widgets:count'; run `pulumi config set widgets:count <value>` to set it"],
            run.Errors);
        Assert.Empty(run.Calls("Check"));
    }

    [Fact]
    public async Task Values_are_type_checked_against_the_schema_and_every_problem_is_reported_at_once()
    {
        var run = await Stack.UpAsync(Program("""
            name: widgets
            resources:
              bad:
                type: dialtonetest:Widget
                properties:
                  colur: red
                  count: three
                  parts:
                    - size: 2
            """));

        Assert.Equal(
        [
            "Pulumi.yaml:6:7: Property colur does not exist on Resource dialtonetest:index:Widget. Existing properties are: colour, count, name, parts, shape and 4 others",
            "Pulumi.yaml:7:7: count: Cannot assign type 'string' to type 'integer'",
            "Pulumi.yaml:8:7: Missing required property 'parts[0].name' on dialtonetest:index:WidgetPart",
            "Pulumi.yaml:3:3: Missing required property 'name' on Resource dialtonetest:index:Widget",
        ], run.Errors);
        Assert.Empty(run.Calls("CheckConfig"));
        Assert.Empty(run.Checkpoint.ResourceNames);
    }

    [Fact]
    public async Task A_component_type_is_constructed_and_its_outputs_read_by_reference()
    {
        var run = await Stack.UpAsync(Program("""
            name: widgets
            resources:
              pair:
                type: dialtonetest:WidgetPair
                properties:
                  colour: red
            outputs:
              serial: ${pair.firstSerial}
            """));

        Assert.Equal(["Construct pair"], run.TraceOf("pair"));
        Assert.Equal(run.Checkpoint.Named("pair-first").Outputs["serial"], run.Outputs["serial"]);
    }
}
