using DialTone.Exchange.Commands;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Binding;

/// <summary>
/// A command bound as PowerShell binds it: every argument matched to its catalogued parameter (full name) and
/// converted to its type, the parameter set chosen. Two commands that mean the same thing (abbreviated or not,
/// positional or named, <c>'Unlimited'</c> or <see cref="ExchangeValue.Unlimited"/>) bind to equal
/// <see cref="Command"/>s; rendering and parsing back binds to the same command again.
/// </summary>
public sealed class BoundCommand
{
    // Built on first use: binding thousands of pipeline objects should not pay for commands nobody reads.
    private readonly Lazy<ExchangeCommand> _command;

    internal BoundCommand(
        CmdletDefinition definition, IReadOnlyList<BoundParameter> parameters, ulong sets, BoundCommand? scriptBlockCommand)
    {
        Definition = definition;
        Parameters = parameters.ToEquatableArray();
        Sets = sets;
        ScriptBlockCommand = scriptBlockCommand;
        _command = new Lazy<ExchangeCommand>(() => new ExchangeCommand(
            definition.Name, Parameters.Select(p => new CommandParameter(p.Parameter.Name, p.Value)).ToEquatableArray()));
    }


    /// <summary>The catalogued command.</summary>
    public CmdletDefinition Definition { get; }

    /// <summary>The bound parameters, in the order they were bound (named ones first, then positional ones).</summary>
    public EquatableArray<BoundParameter> Parameters { get; }

    /// <summary>The canonical command: the catalogue's spelling of every name, every value converted.</summary>
    public ExchangeCommand Command => _command.Value;

    /// <summary>For <c>Invoke-Command</c>: the command of its script block, bound.</summary>
    public BoundCommand? ScriptBlockCommand { get; }

    /// <summary>The parameter set PowerShell chose, or null while it waits for pipeline input to decide.</summary>
    public string? ParameterSetName => BindingIndex.Count(Sets) == 1 ? Definition.Index.NameOf(Sets) : null;

    /// <summary>True when running the command changes state (for <c>Invoke-Command</c>: when its script block does).</summary>
    public bool Mutates => ScriptBlockCommand?.Mutates
        ?? (ParameterSetName is { } set ? Definition.MutatesIn(set) : Definition.Mutates);

    /// <summary>True with <c>-WhatIf</c>: the command reports what it would do and changes nothing.</summary>
    public bool IsWhatIf => Switch("WhatIf");

    /// <summary>
    /// True when the command asks for confirmation before acting: <c>-Confirm</c> given explicitly decides,
    /// otherwise the cmdlet's <see cref="CmdletDefinition.ConfirmsByDefault"/>.
    /// </summary>
    public bool AsksForConfirmation => this["Confirm"] is SwitchValue confirm ? confirm.IsPresent : Definition.ConfirmsByDefault;

    internal ulong Sets { get; }

    /// <summary>The value bound to the parameter <paramref name="name"/> (its catalogued name or an alias), or null.</summary>
    public ExchangeValue? this[string name] =>
        Definition.FindParameter(name) is { } parameter ? Parameters.FirstOrDefault(p => p.Parameter == parameter)?.Value : null;

    /// <summary>True when the parameter <paramref name="name"/> is bound.</summary>
    public bool Has(string name) => this[name] is not null;

    /// <summary>True when the switch <paramref name="name"/> is present (given, and not <c>:$false</c>).</summary>
    public bool Switch(string name) => this[name] is SwitchValue { IsPresent: true };

    /// <summary>
    /// Binds one object arriving through the pipeline to <c>-Identity</c>, as PowerShell binds each pipeline object,
    /// and checks the parameter set and mandatory parameters again. Bind the command itself with
    /// <c>expectsPipelineInput: true</c> first.
    /// </summary>
    public BindingResult BindPipelineObject(ExchangeValue input) => CmdletBinder.BindPipelineObject(this, input);

    /// <inheritdoc />
    public override string ToString() => Command.ToString();
}
