using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Tests.Sequences;

/// <summary>
/// A provider that implements only what a resource needs (GetPluginInfo, Configure, Check, Diff, Create): the
/// optional methods it lacks (Handshake, CheckConfig, DiffConfig, Cancel) are answered UNIMPLEMENTED and the
/// engine carries on as it does for old providers. The provider serves in the test's process; the plugin the
/// harness starts is a shell script that writes its port and waits.
/// </summary>
public sealed class MinimalProviderTests : IAsyncLifetime
{
    private const string Thing = "minimal:index:Thing";

    private readonly TemporaryProject _project = new();
    private GrpcServer _provider = null!;
    private Stack _stack = null!;

    private static readonly DeploymentProgram OneThing =
        DeploymentProgram.Of(ResourceDeclaration.FromJson("t", Thing, """{"size":1}"""));

    public async Task InitializeAsync()
    {
        _provider = await GrpcServer.StartAsync(
        [
            Method("GetPluginInfo", Empty.Parser, _ => new PluginInfo { Version = "1.0.0" }),
            Method("Configure", ConfigureRequest.Parser, _ => new ConfigureResponse { AcceptSecrets = true, SupportsPreview = true }),
            Method("Check", CheckRequest.Parser, request => new CheckResponse { Inputs = request.News }),
            Method("Diff", DiffRequest.Parser, _ => new DiffResponse { Changes = DiffResponse.Types.DiffChanges.DiffNone }),
            Method("Create", CreateRequest.Parser, request => new CreateResponse { Id = "thing-1", Properties = request.Properties }),
        ], () => CancellationToken.None, (_, exception) => ErrorMapping.ToGrpc(exception), CancellationToken.None);
        var launcher = Plugins.PluginLauncher.Write(_project.Path, "minimal", $"echo {_provider.Port}\nexec sleep 600");
        _stack = _project.NewStack("things").WithConfig("minimal:size", "large");
        _stack.Settings = _stack.Settings with { Plugins = _stack.Settings.Plugins.Add("minimal", launcher) };
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        _project.Dispose();
    }

    private static UnaryMethod Method<TRequest, TResponse>(string name, Google.Protobuf.MessageParser<TRequest> parser, Func<TRequest, TResponse> answer)
        where TRequest : Google.Protobuf.IMessage<TRequest>
        where TResponse : Google.Protobuf.IMessage<TResponse> =>
        UnaryMethod.Create<TRequest, TResponse>(ResourceProviderEndpoint.Service, name, parser, (request, _) => Task.FromResult(answer(request)));

    [Fact]
    public async Task A_provider_without_CheckConfig_is_configured_with_its_config_as_given_and_its_shutdown_is_acknowledged()
    {
        var run = await _stack.UpAsync(OneThing);

        Assert.Empty(run.Errors);
        Assert.Equal(Provider.Rpc.GrpcStatusCode.Unimplemented, run.Calls("CheckConfig").Single().Error?.Code);
        Structs.AssertJson("""{"size":"large"}""", run.Request<ConfigureRequest>("Configure", "default").Args);
        Assert.Equal(["create t"], run.ResourceSteps);
    }

    [Fact]
    public async Task A_provider_without_DiffConfig_whose_config_is_unchanged_is_the_same_provider()
    {
        await _stack.UpAsync(OneThing);

        var run = await _stack.UpAsync(OneThing);

        Assert.Empty(run.Errors);
        Assert.Equal(Provider.Rpc.GrpcStatusCode.Unimplemented, run.Calls("DiffConfig").Single().Error?.Code);
        Assert.Contains(run.Steps, step => step.ToString() == "same default");
    }
}
