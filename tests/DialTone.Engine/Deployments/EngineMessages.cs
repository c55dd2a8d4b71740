using DialTone.Provider.Protocol;

namespace DialTone.Engine.Deployments;

/// <summary>The engine's wording for what it reports, in one place, as the Pulumi CLI words it.</summary>
internal static class EngineMessages
{
    /// <summary>Diagnostics 2003 and 2002 (diag/errors.go), the property's value printed as Go prints it.</summary>
    public static string CheckFailure(string type, string name, CheckFailure failure, PropertyMap inputs) =>
        failure.Property.Length > 0
            ? $"{type} resource '{name}': property {failure.Property} value {GoValueText.Of(inputs.Get(failure.Property))} has a problem: {failure.Reason}"
            : $"{type} resource '{name}' has a problem: {failure.Reason}";

    public static string Invalid(string urn) => $"resource {urn} is invalid";

    public static string EmptyId(string urn) => $"plugin returned empty resource.ID from create '{urn}'";

    public static string ProtectedDelete(string urn) =>
        $"resource \"{urn}\" cannot be deleted\nbecause it is protected. To unprotect the resource, either remove the " +
        $"`protect` flag from the resource in your Pulumi program and run `pulumi up`, or use the command:\n" +
        $"`pulumi state unprotect '{urn}'`";

    public static string ProtectedReplace(string urn) =>
        $"unable to replace resource \"{urn}\"\nas it is currently marked for protection. To unprotect the resource, " +
        "remove the `protect` flag from the resource in your Pulumi program and run `pulumi up`";

    public static string ProtectedDependentReplace(string dependent, string urn) =>
        $"unable to replace resource \"{dependent}\" as part of replacing \"{urn}\" as it is currently marked for protection. " +
        "To unprotect the resource, remove the `protect` flag from the resource in your Pulumi program and run `pulumi up`, " +
        $"or use the command:\n`pulumi state unprotect '{dependent}'`";

    public static string ImportedReplace(IEnumerable<string> keys) =>
        "previously-imported resources that still specify an ID may not be replaced; please remove the `import` " +
        $"declaration from your program;\n{string.Join("\n", keys)}";

    public static string ImportMissing(string id) => $"resource '{id}' does not exist";

    public static string ImportUnsupported(string package) =>
        $"provider does not support importing resources; please try updating the '{package}' plugin";

    public static string ImportInputsInvalid(string package) =>
        $"One or more imported inputs failed to validate. This is almost certainly a bug in the `{package}` provider. " +
        "The import will still proceed, but you will need to edit the generated code after copying it into your program.";

    public static string Unhealthy(IEnumerable<string> reasons) =>
        "Refreshed resource is in an unhealthy state:\n* " + string.Join("\n* ", reasons);

    /// <summary>
    /// The engine's report of a plugin that did not acknowledge its shutdown (plugin.go Close), with the plugin's
    /// output, which the engine dumps for debugging.
    /// </summary>
    public static string ExitedPrematurely(string executable, string output) =>
        $"Detected that {executable} exited prematurely. \n       This is *always* a bug in the provider. " +
        "Please report the issue to the provider author as appropriate.\n       To assist with debugging we have dumped " +
        $"the STDOUT and STDERR streams of the plugin:{output}\n";

    /// <summary>
    /// A failed Construct (source_eval.go errorToMessage under diagnostic 2002): the error, then each input property
    /// it names, with its value where the path leads to one.
    /// </summary>
    public static string ComponentInvalid(string type, string name, string message, IEnumerable<InputPropertiesError.Types.PropertyError> problems, PropertyMap inputs) =>
        $"{type} resource '{name}' has a problem: {message}" + string.Concat(problems.Select(problem =>
            ValueAt(problem.PropertyPath, inputs) is { } value
                ? $"\n\t\t- property {problem.PropertyPath} with value '{GoValueText.Of(value)}' has a problem: {problem.Reason}"
                : $"\n\t\t- property {problem.PropertyPath} has a problem: {problem.Reason}"));

    private static PropertyValue? ValueAt(string path, PropertyMap inputs) =>
        Programs.PropertyAccess.TryParse(path)?.Get(PropertyValue.Object(inputs));
}
