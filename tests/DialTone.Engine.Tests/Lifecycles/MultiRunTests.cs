using System.Text.Json.Nodes;

namespace DialTone.Engine.Tests.Lifecycles;

/// <summary>A stack's life over many runs, with the checkpoint carried between them as JSON.</summary>
public sealed class MultiRunTests : WidgetStackTests
{
    private static DeploymentProgram Pair(string colour) => DeploymentProgram.Of(
        WidgetNamed("a", $$"""{"name":"a","colour":"{{colour}}"}"""),
        WidgetNamed("b", """{"name":"b","labels":{"after":"${a.serial}"}}"""));

    [Fact]
    public async Task Up_change_preview_up_refresh_after_drift_and_destroy()
    {
        var created = await Stack.UpAsync(Pair("red"));
        Assert.Equal(["create a", "create b"], created.ResourceSteps);

        var checkpoint = File.ReadAllText(Stack.CheckpointPath);
        var preview = await Stack.PreviewAsync(Pair("green"));
        // The preview of a's update keeps a's serial, as the update does, so b, labelled with it, stays the same.
        Assert.Equal(["update a", "same b"], preview.ResourceSteps);
        Assert.Equal(checkpoint, File.ReadAllText(Stack.CheckpointPath));
        Assert.Equal("red", WidgetFile(created.Checkpoint.Named("a").Id)["Colour"]!.GetValue<string>());

        var updated = await Stack.UpAsync(Pair("green"));
        Assert.Equal(["update a", "same b"], updated.ResourceSteps);
        Assert.Equal("green", WidgetFile(updated.Checkpoint.Named("a").Id)["Colour"]!.GetValue<string>());

        var b = updated.Checkpoint.Named("b");
        var file = WidgetFile(b.Id);
        file["Colour"] = "orange";
        File.WriteAllText(Path.Combine(WidgetsDirectory, b.Id + ".json"), file.ToJsonString());
        var refreshed = await Stack.RefreshAsync();
        Assert.Equal(["refresh a (same)", "refresh b (update)"], refreshed.ResourceSteps.Order());
        Assert.Equal("\"orange\"", refreshed.Checkpoint.Named("b").Outputs["colour"].ToString());

        var destroyed = await Stack.DestroyAsync();
        Assert.Equal(["Delete b", "Delete a"], destroyed.Calls("Delete").Select(call => call.ToString()));
        Assert.Empty(destroyed.Checkpoint.Resources);
        Assert.Empty(Directory.EnumerateFiles(WidgetsDirectory));
    }

    [Fact]
    public async Task The_checkpoint_is_readable_json_in_the_local_backend_layout_with_secrets_kept_secret()
    {
        await Stack.UpAsync(DeploymentProgram.Of(
            WidgetNamed("a", """{"name":"a","password":"hunter2"}"""),
            WidgetNamed("b", """{"name":"b","labels":{"after":"${a.serial}"}}""")));

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Stack.Settings.ProjectDirectory, ".pulumi", "stacks", "widgets", "dev.json")))!;

        var resources = json["deployment"]!["resources"]!.AsArray();
        Assert.Equal([StackUrn, ProviderUrn, UrnOf("a"), UrnOf("b")], resources.Select(resource => resource!["urn"]!.GetValue<string>()));
        var b = resources[3]!;
        Assert.Equal(UrnOf("a"), b["propertyDependencies"]!["labels"]![0]!.GetValue<string>());
        Assert.StartsWith(ProviderUrn + "::", b["provider"]!.GetValue<string>());
        Assert.Equal(StackUrn, b["parent"]!.GetValue<string>());
        var password = resources[2]!["outputs"]!["password"]!;
        Assert.Equal(Provider.Rpc.ValueConverter.SecretSignature, password[Provider.Rpc.ValueConverter.SignatureKey]!.GetValue<string>());
    }

    private JsonNode WidgetFile(string id) => JsonNode.Parse(File.ReadAllText(Path.Combine(WidgetsDirectory, id + ".json")))!;
}
