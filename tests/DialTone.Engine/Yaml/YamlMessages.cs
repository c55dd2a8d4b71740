namespace DialTone.Engine.Yaml;

/// <summary>The wording of what is wrong with a YAML program, in Pulumi YAML's words where it has them.</summary>
internal static class YamlMessages
{
    public static string NotSupported(string where, string construct) => $"{where}: {construct} is not supported by the test harness.";

    public static string NotFound(string where, string name) => $"{where}: resource, variable, or config value \"{name}\" not found";

    public static string UnknownType(string where, string resource, string token, PackageSchema package) =>
        $"{where}: error resolving type of resource {resource}: package {package.Name} has no resource {token}; " +
        $"its resources are: {string.Join(", ", package.ResourceTokens)}";

    public static string NoPlugin(string where, string resource, string package) =>
        $"{where}: error resolving type of resource {resource}: no plugin is known for package {package}; " +
        "list it under plugins.providers with the directory that holds pulumi-resource-" + package;

    public static string MissingConfig(string where, string key) =>
        $"{where}: missing required configuration variable '{key}'; run `pulumi config set {key} <value>` to set it";

    public static string BadConfig(string where, string key, string value, string type) =>
        $"{where}: the configuration value '{value}' of '{key}' is not a valid {type}";

    public static string UnknownConfigType(string where, string type) =>
        $"{where}: unexpected configuration type '{type}': valid types are string, integer, number and boolean";

    public static string ProjectMismatch(string where, string name, string project) =>
        $"{where}: the program is named '{name}' but the stack belongs to project '{project}'; use one name for both.";

    public static string DoesNotExist(string where, string property, string owner, IEnumerable<string> existing)
    {
        var candidates = existing.OrderBy(name => EditDistance(name, property)).ThenBy(name => name, StringComparer.Ordinal).ToList();
        var listed = candidates.Count > 5
            ? $"{string.Join(", ", candidates.Take(5))} and {candidates.Count - 5} other{(candidates.Count == 6 ? "" : "s")}"
            : string.Join(", ", candidates);
        return candidates.Count == 0
            ? $"{where}: Property {property} does not exist on {owner}; {owner} has no properties"
            : $"{where}: Property {property} does not exist on {owner}. Existing properties are: {listed}";
    }

    public static string MissingRequired(string where, string property, string owner) =>
        $"{where}: Missing required property '{property}' on {owner}";

    public static string CannotAssign(string where, string path, SchemaType from, SchemaType to) =>
        $"{where}: {path}: Cannot assign type '{from.Display}' to type '{to.Display}'";

    public static string NotAllowed(string where, string path, string value, EnumType to) =>
        $"{where}: {path}: '{value}' is not a valid {to.Token}; allowed values are {string.Join(", ", to.Values)}";

    public static string CannotAccess(string where, string path, SchemaType type) =>
        $"{where}: cannot access {path} on a value of type '{type.Display}'";

    // Pulumi YAML lists the existing properties closest to a misspelt one first (diags.sortByEditDistance).
    private static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }
}
