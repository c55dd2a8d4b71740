using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;
using DialTone.Provider.Tests.Harness;

namespace DialTone.Provider.Tests.Wire;

/// <summary>CheckConfig, DiffConfig and Configure over gRPC (pulumi-protocol.md §7).</summary>
public sealed class ConfigurationTests(SharedDialTone dialTone) : IClassFixture<SharedDialTone>
{
    private PluginProcess Plugin => dialTone.Plugin;

    [Fact]
    public async Task CheckConfig_returns_the_config_with_the_engines_version_key_unchanged()
    {
        var news = Structs.Of(("version", Structs.Text("0.1.0")), ("lab", Structs.Text("labs/contoso.db")),
            ("authentication", Structs.Text("Basic")));

        var reply = await Plugin.Client.CheckConfigAsync(new CheckRequest { Urn = BootTests.ProviderUrn, News = news });

        Assert.Empty(reply.Failures);
        Assert.Equal(news, reply.Inputs);
    }

    [Fact]
    public async Task CheckConfig_reports_every_bad_key_at_once_with_its_fix()
    {
        var news = Structs.Of(("labb", Structs.Text("x.db")), ("authentication", Structs.Text("Token")),
            ("connectionUri", Structs.Text("ex01.contoso.com")));

        var reply = await Plugin.Client.CheckConfigAsync(new CheckRequest { Urn = BootTests.ProviderUrn, News = news });

        Assert.Equal(
        [
            ("authentication", "dialtone:authentication is 'Token', which is not one of: 'Default', 'Basic', 'Negotiate', "
                + "'NegotiateWithImplicitCredential', 'Kerberos', 'Digest', 'Credssp'. "
                + "Set it with `pulumi config set dialtone:authentication <value>`."),
            ("connectionUri", "dialtone:connectionUri is 'ex01.contoso.com', which is not an absolute http or https URI. "
                + "Use the Exchange server's PowerShell endpoint, for example `http://ex01.contoso.com/PowerShell/`."),
            ("labb", "dialtone:labb is not a DialTone configuration key. The keys are: 'dialtone:lab', "
                + "'dialtone:connectionUri', 'dialtone:username', 'dialtone:password', 'dialtone:authentication', "
                + "'dialtone:shell', 'dialtone:domainController'. Remove it with `pulumi config rm dialtone:labb`."),
        ], reply.Failures.Select(failure => (failure.Property, failure.Reason)));
    }

    [Fact]
    public async Task CheckConfig_leaves_unknown_values_of_a_preview_unjudged_and_unknown()
    {
        var news = Structs.Of(("connectionUri", Structs.Unknown));

        var reply = await Plugin.Client.CheckConfigAsync(new CheckRequest { Urn = BootTests.ProviderUrn, News = news });

        Assert.Empty(reply.Failures);
        Assert.Equal(news, reply.Inputs);
    }

    [Fact]
    public async Task DiffConfig_reports_a_changed_key_as_an_update_and_never_a_replace()
    {
        var reply = await Plugin.Client.DiffConfigAsync(new DiffRequest
        {
            Urn = BootTests.ProviderUrn,
            Olds = Structs.Of(("lab", Structs.Text("a.db"))),
            OldInputs = Structs.Of(("lab", Structs.Text("a.db"))),
            News = Structs.Of(("lab", Structs.Text("b.db"))),
        });

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, reply.Changes);
        Assert.Equal(["lab"], reply.Diffs);
        Assert.Empty(reply.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.Update, reply.DetailedDiff["lab"].Kind);
    }

    [Fact]
    public async Task DiffConfig_of_equal_config_is_no_change()
    {
        var config = Structs.Of(("lab", Structs.Text("a.db")), ("version", Structs.Text("0.1.0")));

        var reply = await Plugin.Client.DiffConfigAsync(new DiffRequest { Urn = BootTests.ProviderUrn, Olds = config, OldInputs = config, News = config });

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, reply.Changes);
    }

    [Fact]
    public async Task Configure_accepts_a_secret_password_and_answers_with_its_capabilities()
    {
        var reply = await Plugin.Client.ConfigureAsync(new ConfigureRequest
        {
            Args = Structs.Of(("connectionUri", Structs.Text("https://ex01.contoso.com/PowerShell/")),
                ("authentication", Structs.Text("Basic")), ("username", Structs.Text("CONTOSO\\admin")),
                ("password", Structs.Secret(Structs.Text("P@ssw0rd"))), ("version", Structs.Text("0.1.0"))),
            AcceptSecrets = true, AcceptResources = true, SendsOldInputs = true, SendsOldInputsToDelete = true,
        });

        Assert.True(reply.AcceptSecrets);
        Assert.True(reply.SupportsPreview);
        Assert.True(reply.AcceptResources);
    }

    [Fact]
    public async Task Configure_for_basic_authentication_without_a_password_reports_the_missing_key()
    {
        var error = await Assert.ThrowsAsync<GrpcException>(() => Plugin.Client.ConfigureAsync(new ConfigureRequest
        {
            Args = Structs.Of(("connectionUri", Structs.Text("https://ex01.contoso.com/PowerShell/")),
                ("authentication", Structs.Text("basic")), ("username", Structs.Text("CONTOSO\\admin"))),
        }));

        Assert.Equal(GrpcStatusCode.InvalidArgument, error.Code);
        var missing = Assert.IsType<ConfigureErrorMissingKeys>(Assert.Single(error.Details));
        var key = Assert.Single(missing.MissingKeys);
        Assert.Equal("dialtone:password", key.Name);
        Assert.Equal("Password of `username` for the Exchange session. It is required for Basic authentication to "
            + "https://ex01.contoso.com/PowerShell/ (or set DIALTONE_PASSWORD).", key.Description);
    }

    [Fact]
    public async Task Configure_reads_the_deprecated_variables_when_args_are_empty()
    {
        var request = new ConfigureRequest { Args = Structs.Of() };
        request.Variables["dialtone:config:authentication"] = "Token";

        var error = await Assert.ThrowsAsync<GrpcException>(() => Plugin.Client.ConfigureAsync(request));

        Assert.Equal(GrpcStatusCode.InvalidArgument, error.Code);
        Assert.StartsWith("dialtone:authentication is 'Token'", error.Message);
    }

    [Fact]
    public async Task Configure_with_a_lab_that_is_not_text_is_invalid_argument_naming_the_key()
    {
        var error = await Assert.ThrowsAsync<GrpcException>(() => Plugin.Client.ConfigureAsync(new ConfigureRequest
        {
            Args = Structs.Json("""{"lab":{"path":"a.db"}}"""),
        }));

        Assert.Equal(GrpcStatusCode.InvalidArgument, error.Code);
        Assert.Equal("dialtone:lab must be a string. Set it with `pulumi config set dialtone:lab <value>`.", error.Message);
    }

    [Fact]
    public async Task An_error_message_with_non_ascii_text_arrives_intact()
    {
        var error = await Assert.ThrowsAsync<GrpcException>(() => Plugin.Client.ConfigureAsync(new ConfigureRequest
        {
            Args = Structs.Of(("authentication", Structs.Text("Bäsic 100%"))),
        }));

        Assert.StartsWith("dialtone:authentication is 'Bäsic 100%', which is not one of", error.Message);
    }
}
