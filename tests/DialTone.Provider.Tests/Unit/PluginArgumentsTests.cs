using DialTone.Provider.Host;

namespace DialTone.Provider.Tests.Unit;

public sealed class PluginArgumentsTests
{
    [Fact]
    public void The_engine_address_is_the_last_argument_after_the_engines_flags() =>
        Assert.Equal("127.0.0.1:4321",
            PluginArguments.Parse(["--logtostderr", "-v=9", "--tracing", "127.0.0.1:9411", "127.0.0.1:4321"]).EngineAddress);

    [Fact]
    public void Without_an_address_the_plugin_runs_in_attach_mode() =>
        Assert.Null(PluginArguments.Parse(["--logtostderr"]).EngineAddress);

    [Fact]
    public void Version_alone_asks_for_the_version() => Assert.True(PluginArguments.Parse(["--version"]).PrintVersion);
}
