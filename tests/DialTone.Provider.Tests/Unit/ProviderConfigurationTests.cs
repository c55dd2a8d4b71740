using DialTone.Provider.Configuration;
using DialTone.Provider.Contracts;
using DialTone.Provider.Values;

namespace DialTone.Provider.Tests.Unit;

public sealed class ProviderConfigurationTests
{
    private static readonly Dictionary<string, string> NoVariables = [];

    private static ProviderConfiguration Configuration(params (string Name, string Value)[] environment) =>
        new(name => environment.FirstOrDefault(variable => variable.Name == name).Value, "/projects/recovery");

    private static PropertyMap Config(params (string Key, string Value)[] values) =>
        PropertyMap.From(values.Select(value => KeyValuePair.Create(value.Key, PropertyValue.String(value.Value))));

    [Fact]
    public void Without_config_the_lab_is_the_default_path_under_the_project_directory()
    {
        var settings = Configuration().Configure(PropertyMap.Empty, NoVariables);

        Assert.True(settings.UsesLab);
        Assert.Equal("/projects/recovery/.dialtone/lab.db", settings.LabPath);
    }

    [Fact]
    public void An_environment_variable_supplies_a_key_the_config_does_not_set() =>
        Assert.Equal("/labs/env.db", Configuration(("DIALTONE_LAB", "/labs/env.db")).Configure(PropertyMap.Empty, NoVariables).LabPath);

    [Fact]
    public void Stack_config_wins_over_the_environment() =>
        Assert.Equal("/labs/config.db",
            Configuration(("DIALTONE_LAB", "/labs/env.db")).Configure(Config(("lab", "/labs/config.db")), NoVariables).LabPath);

    [Fact]
    public void A_secret_password_is_read_through_its_envelope()
    {
        var args = Config(("connectionUri", "https://ex01.contoso.com/PowerShell/"), ("username", "admin"))
            .With("password", PropertyValue.String("P@ssw0rd").WithSecret());

        Assert.Equal("P@ssw0rd", Configuration().Configure(args, NoVariables).Password);
    }

    [Fact]
    public void An_allowed_value_is_accepted_in_any_case_and_kept_as_declared() =>
        Assert.Equal("Negotiate", Configuration().Configure(Config(("authentication", "NEGOTIATE")), NoVariables).Authentication);

    [Fact]
    public void A_bad_value_from_the_environment_is_refused_at_configure_naming_the_variable()
    {
        var error = Assert.Throws<InvalidInputException>(() =>
            Configuration(("DIALTONE_CONNECTION_URI", "ex01")).Configure(PropertyMap.Empty, NoVariables));

        var failure = Assert.Single(error.Failures);
        Assert.Equal(("connectionUri", "DIALTONE_CONNECTION_URI is 'ex01', which is not an absolute http or https URI. "
            + "Use the Exchange server's PowerShell endpoint, for example `http://ex01.contoso.com/PowerShell/`."),
            (failure.Property, failure.Reason));
    }

    [Fact]
    public void A_value_from_the_environment_outside_the_allowed_ones_names_the_variable_to_change()
    {
        var error = Assert.Throws<InvalidInputException>(() =>
            Configuration(("DIALTONE_AUTHENTICATION", "Token")).Configure(PropertyMap.Empty, NoVariables));

        Assert.Equal("DIALTONE_AUTHENTICATION is 'Token', which is not one of: 'Default', 'Basic', 'Negotiate', "
            + "'NegotiateWithImplicitCredential', 'Kerberos', 'Digest', 'Credssp'. Change or unset the environment "
            + "variable DIALTONE_AUTHENTICATION.", Assert.Single(error.Failures).Reason);
    }

    [Fact]
    public void A_lab_that_is_not_text_is_refused_naming_the_key()
    {
        var args = PropertyMap.Empty.With("lab", PropertyValue.Array([PropertyValue.String("a.db")]));

        var error = Assert.Throws<InvalidInputException>(() => Configuration().Configure(args, NoVariables));

        var failure = Assert.Single(error.Failures);
        Assert.Equal(("lab", "dialtone:lab must be a string. Set it with `pulumi config set dialtone:lab <value>`."),
            (failure.Property, failure.Reason));
    }

    [Fact]
    public void A_password_without_a_username_reports_the_username_missing()
    {
        var error = Assert.Throws<MissingConfigurationException>(() =>
            Configuration(("DIALTONE_PASSWORD", "P@ssw0rd")).Configure(Config(("connectionUri", "http://ex01/PowerShell/")), NoVariables));

        Assert.Equal(["dialtone:username"], error.Keys.Select(key => key.Name));
    }

    [Fact]
    public void A_typed_value_from_an_explicit_provider_is_read_as_its_text()
    {
        var args = PropertyMap.Empty.With("domainController", PropertyValue.Number(42));

        Assert.Equal("42", Configuration().Configure(args, NoVariables).DomainController);
    }

    [Fact]
    public void The_settings_never_print_the_password()
    {
        var args = Config(("connectionUri", "https://ex01/PowerShell/"), ("username", "admin"), ("password", "P@ssw0rd"));

        Assert.DoesNotContain("P@ssw0rd", Configuration().Configure(args, NoVariables).ToString());
    }
}
