using System.Text;
using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Rendering;

/// <summary>
/// Renders commands as Exchange Management Shell text an administrator can paste: <c>Cmdlet -Name value</c>, a
/// switch as <c>-Name</c> or <c>-Name:$false</c>, a Boolean as <c>-Name:$true</c> (the colon form binds the same
/// whether the parameter is a Boolean or a switch), pipelines joined by <c> | </c>, one pipeline per line. Native
/// commands (eseutil) are written <c>eseutil /mh 'E:\RDB1\DB1.edb'</c>. Every value is one literal argument
/// (<see cref="PowerShellLiteral"/>); names are checked identifiers. Render bound commands
/// (<see cref="Catalogue.Binding.BoundCommand.Command"/>) to show exactly what runs: binding leaves no object in a
/// command (an identity parameter takes the object's identity), so a bound command always renders.
/// </summary>
/// <example><code>
/// ShellRenderer.Default.Render(new ExchangeCommand("Set-Mailbox").With("Identity", "O'Brien").With("Database", "DTDB1"))
/// // Set-Mailbox -Identity 'O''Brien' -Database 'DTDB1'
/// </code></example>
public sealed class ShellRenderer(CmdletCatalogue catalogue)
{
    /// <summary>A renderer that knows the default catalogue's native commands.</summary>
    public static ShellRenderer Default { get; } = new(CmdletCatalogue.Default);

    /// <summary>One command.</summary>
    public string Render(ExchangeCommand command)
    {
        var native = catalogue.Find(command.Cmdlet)?.Syntax == CommandSyntax.Native;
        var text = new StringBuilder(command.Cmdlet);
        foreach (var parameter in command.Parameters)
        {
            text.Append(native ? NativeOption(parameter) : Parameter(parameter));
        }
        return text.ToString();
    }

    /// <summary>A pipeline: its commands joined by <c> | </c>.</summary>
    public string Render(Pipeline pipeline) => string.Join(" | ", pipeline.Commands.Select(Render));

    /// <summary>
    /// A batch: one pipeline per line. The pipelines of a dependent sequence (<see cref="Batch.StopOnError"/>) render
    /// with <c>-ErrorAction Stop</c> on every command, so pasted or run as a script the text stops at the first error, as
    /// the batch does: PowerShell turns that error into an ActionPreferenceStopException, which ends the script.
    /// </summary>
    public string Render(Batch batch) => string.Join("\n", batch.Pipelines.Select(pipeline => Render(batch.StopOnError ? Stopping(pipeline) : pipeline)));

    private Pipeline Stopping(Pipeline pipeline) => new(pipeline.Commands.Select(Stopping).ToEquatableArray());

    // A command that already says what to do on an error (-ErrorAction or its alias -ea) keeps its own choice.
    private ExchangeCommand Stopping(ExchangeCommand command)
    {
        var definition = catalogue.Find(command.Cmdlet);
        var decided = command.Parameters.Any(p => (definition?.FindParameter(p.Name)?.Name ?? p.Name) == "ErrorAction");
        return definition?.Syntax == CommandSyntax.Native || decided ? command : command.With("ErrorAction", "Stop");
    }

    private string Parameter(CommandParameter parameter) => parameter.Value switch
    {
        SwitchValue { IsPresent: true } => $" -{parameter.Name}",
        SwitchValue or BooleanValue => $" -{parameter.Name}:{Value(parameter.Value)}",
        _ => $" -{parameter.Name} {Value(parameter.Value)}",
    };

    // A native switch is given or not; an absent one is not written.
    private string NativeOption(CommandParameter option) => option.Value switch
    {
        SwitchValue { IsPresent: true } => $" /{option.Name}",
        SwitchValue { IsPresent: false } => "",
        _ => $" /{option.Name} {Value(option.Value)}",
    };

    private string Value(ExchangeValue value) => PowerShellLiteral.Value(value, Render);
}
