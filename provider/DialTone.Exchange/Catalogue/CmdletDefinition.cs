using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue;

/// <summary>
/// One catalogued command as data: its parameter sets and parameters (declared ones, then the common parameters,
/// then <c>-WhatIf</c>/<c>-Confirm</c>), where it runs, whether it changes anything and whether it asks for
/// confirmation. Built once from the declarations in <c>Catalogue/Cmdlets</c>; see <see cref="CmdletCatalogue"/>.
/// </summary>
public sealed class CmdletDefinition
{
    internal CmdletDefinition(
        string name,
        CommandScope scope,
        CommandSyntax syntax,
        bool mutates,
        bool confirmsByDefault,
        EquatableArray<ParameterSetDefinition> parameterSets,
        string? defaultParameterSet,
        EquatableArray<ParameterDefinition> parameters,
        string reference,
        string usage)
    {
        Name = name;
        Scope = scope;
        Syntax = syntax;
        Mutates = mutates;
        ConfirmsByDefault = confirmsByDefault;
        ParameterSets = parameterSets;
        DefaultParameterSet = defaultParameterSet;
        Parameters = parameters;
        Reference = reference;
        Usage = usage;
        Index = new Binding.BindingIndex(this);
    }

    internal Binding.BindingIndex Index { get; }

    /// <summary>The command's name, e.g. <c>New-MailboxDatabase</c>.</summary>
    public string Name { get; }

    /// <summary>Where it runs.</summary>
    public CommandScope Scope { get; }

    /// <summary>How its arguments are written.</summary>
    public CommandSyntax Syntax { get; }

    /// <summary>True when it changes state (preview never runs such a command).</summary>
    public bool Mutates { get; }

    /// <summary>
    /// True when it asks for confirmation unless given <c>-Confirm:$false</c> (a non-interactive session then
    /// fails with <see cref="Errors.PowerShellErrors.ConfirmationNotPossible"/>).
    /// </summary>
    public bool ConfirmsByDefault { get; }

    /// <summary>Its parameter sets (one, <see cref="ParameterSetDefinition.AllSetsName"/>, when it declares none).</summary>
    public EquatableArray<ParameterSetDefinition> ParameterSets { get; }

    /// <summary>The set PowerShell picks when several fit, or null when the cmdlet has no default set.</summary>
    public string? DefaultParameterSet { get; }

    /// <summary>Every parameter, in declaration order: the cmdlet's own, then the common ones, then ShouldProcess.</summary>
    public EquatableArray<ParameterDefinition> Parameters { get; }

    /// <summary>Where the facts come from, and which details are inferred.</summary>
    public string Reference { get; }

    /// <summary>How the command is written, shown in usage errors of native commands.</summary>
    public string Usage { get; }

    /// <summary>The parameter named exactly <paramref name="nameOrAlias"/> (or with that alias), ignoring case.</summary>
    public ParameterDefinition? FindParameter(string nameOrAlias) => Index.FindExact(nameOrAlias);

    /// <summary>Whether running it in the parameter set <paramref name="setName"/> changes state.</summary>
    public bool MutatesIn(string setName) =>
        ParameterSets.FirstOrDefault(set => set.Name == setName)?.Mutates ?? Mutates;
}
