using System.Text.RegularExpressions;
using DialTone.Provider.Configuration;
using DialTone.Testing;

namespace DialTone.Provider.Tests.Unit;

/// <summary>README.md's configuration table lists the keys the provider declares, with their variables and defaults.</summary>
public sealed partial class ReadmeConfigurationTableTests
{
    [Fact]
    public void The_readme_lists_every_key_with_its_environment_variable_default_and_secrecy_as_declared()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

        var rows = TableRow().Matches(readme).Select(row =>
            (row.Groups["key"].Value, row.Groups["secret"].Success, row.Groups["variable"].Value,
                row.Groups["default"].Success ? row.Groups["default"].Value : null));

        Assert.Equal(ProviderConfig.Keys.Select(key => (key.QualifiedName, key.Secret, key.EnvironmentVariable, key.Default)), rows);
    }

    [Fact]
    public void The_readme_names_the_authentications_that_need_a_username_and_password_as_declared()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

        var stated = CredentialedAuthentication().Match(readme);

        Assert.True(stated.Success, "README.md no longer says which authentications need username and password.");
        Assert.Equal(ProviderConfig.CredentialedAuthentication, stated.Groups["names"].Value.Replace(" and ", ", ").Split(", ").Select(name => name.Trim('`')));
    }

    // | `dialtone:password` (secret) | `DIALTONE_PASSWORD` | — | …  or  | `dialtone:lab` | `DIALTONE_LAB` | `.dialtone/lab.db` | …
    [GeneratedRegex(@"^\| `(?<key>dialtone:\w+)`(?<secret> \(secret\))? \| `(?<variable>\w+)` \| (?:`(?<default>[^`]+)`|—) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"; (?<names>`\w+`(?:, `\w+`)* and `\w+`) need `username` and `password`")]
    private static partial Regex CredentialedAuthentication();
}
