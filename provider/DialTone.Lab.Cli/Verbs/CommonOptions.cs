using System.CommandLine;

namespace DialTone.Lab.Cli.Verbs;

/// <summary>The options every verb shares, declared once.</summary>
internal static class CommonOptions
{
    public const string LabEnvironmentVariable = "DIALTONE_LAB";

    /// <summary><c>--lab PATH</c>: the lab file; default DIALTONE_LAB, else <c>.dialtone/lab.db</c> under the working directory.</summary>
    public static Option<string> Lab()
    {
        var option = new Option<string>("--lab")
        {
            Description = $"The lab database file (default: ${LabEnvironmentVariable}, else .dialtone/lab.db).",
            HelpName = "PATH",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable(LabEnvironmentVariable) is { Length: > 0 } path
                ? path
                : Path.Combine(".dialtone", "lab.db"),
        };
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--lab must name the lab's file, e.g. --lab .dialtone/lab.db (or leave it out for the default).");
            }
        });
        return option;
    }

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table." };
}
