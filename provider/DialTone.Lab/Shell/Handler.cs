using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Values;

namespace DialTone.Lab.Shell;

/// <summary>
/// How the lab runs one cmdlet: the parameters it implements (any other bound parameter is refused rather than
/// ignored, so the lab is never more forgiving than Exchange) and the operation on one execution.
/// </summary>
internal sealed record Handler(
    string Cmdlet,
    IReadOnlySet<string> Parameters,
    Func<Execution, BoundCommand, IReadOnlyList<ExchangeValue>> Run,
    Func<BoundCommand, string>? Target = null)
{
    /// <summary>Parameters every cmdlet takes that change nothing in the lab's model.</summary>
    public static readonly IReadOnlySet<string> Common = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "DomainController", "Confirm", "WhatIf", "Credential",
    };

    public static Handler Of(string cmdlet, string[] parameters, Func<Execution, BoundCommand, IReadOnlyList<ExchangeValue>> run,
        Func<BoundCommand, string>? target = null) =>
        new(cmdlet, new HashSet<string>(parameters, StringComparer.OrdinalIgnoreCase), run, target);

    /// <summary>The object a command works on, for the journal.</summary>
    public string TargetOf(BoundCommand command) =>
        Target?.Invoke(command) ?? command.Text("Identity") ?? command.Text("Name") ?? command.Text("Path") ?? "";

    /// <summary>
    /// The first bound parameter the lab does not emulate. <c>-ErrorAction Stop</c> is emulated: the lab reports every
    /// error, and the shell ends a script at an error under it (as a dependent sequence DialTone renders asks).
    /// </summary>
    public string? Unsupported(BoundCommand command) => command.Parameters
        .Where(p => !(p.Parameter.Name == "ErrorAction" && p.Value is StringValue { Value: "Stop" }))
        .Select(p => p.Parameter.Name)
        .FirstOrDefault(name => !Parameters.Contains(name) && !Common.Contains(name));
}
