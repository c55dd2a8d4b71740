using DialTone.Exchange.Values;
using static DialTone.Exchange.Catalogue.Declaration.Declare;
using T = DialTone.Exchange.Catalogue.Types.ParameterTypes;

namespace DialTone.Exchange.Catalogue.Declaration;

/// <summary>
/// A cmdlet as its declaration states it. <see cref="Build"/> adds PowerShell's common parameters (and
/// <c>-WhatIf</c>/<c>-Confirm</c>, <c>-UseTransaction</c> where supported) and checks the declaration is coherent.
/// </summary>
internal sealed record CmdletSpec(string Name, CommandScope Scope, string Reference)
{
    public CommandSyntax Syntax { get; init; } = CommandSyntax.Cmdlet;

    public CmdletEffect Effect { get; init; }

    /// <summary>Whether it has <c>-WhatIf</c>/<c>-Confirm</c>: every cmdlet here that changes state does, unless stated otherwise.</summary>
    public bool? SupportsShouldProcess { get; init; }

    private bool ShouldProcess => SupportsShouldProcess ?? Effect != CmdletEffect.Reads;

    public bool SupportsTransactions { get; init; }

    /// <summary>The named parameter sets; none for a cmdlet with one unnamed set.</summary>
    public string[] Sets { get; init; } = [];

    public string? DefaultSet { get; init; }

    /// <summary>Sets in which a mutating command only reads (eseutil <c>/mh</c>).</summary>
    public string[] ReadOnlySets { get; init; } = [];

    public ParameterDefinition[] Parameters { get; init; } = [];

    /// <summary>How the command is written, for usage errors; defaults to the cmdlet's name.</summary>
    public string? Usage { get; init; }

    // Windows PowerShell 5.1's common parameters, with their aliases.
    private static readonly ParameterDefinition[] CommonParameters =
    [
        Parameter("Verbose", T.Switch, ParameterOrigin.Common, Alias("vb")),
        Parameter("Debug", T.Switch, ParameterOrigin.Common, Alias("db")),
        Parameter("ErrorAction", T.ActionPreference, ParameterOrigin.Common, Alias("ea")),
        Parameter("WarningAction", T.ActionPreference, ParameterOrigin.Common, Alias("wa")),
        Parameter("InformationAction", T.ActionPreference, ParameterOrigin.Common, Alias("infa")),
        Parameter("ErrorVariable", T.String, ParameterOrigin.Common, Alias("ev")),
        Parameter("WarningVariable", T.String, ParameterOrigin.Common, Alias("wv")),
        Parameter("InformationVariable", T.String, ParameterOrigin.Common, Alias("iv")),
        Parameter("OutVariable", T.String, ParameterOrigin.Common, Alias("ov")),
        Parameter("OutBuffer", T.Int32, ParameterOrigin.Common, Alias("ob")),
        Parameter("PipelineVariable", T.String, ParameterOrigin.Common, Alias("pv")),
    ];

    // In the Exchange Management Shell every Exchange cmdlet is an implicit-remoting proxy function, to which PowerShell
    // adds a switch -AsJob of its own (ImplicitRemotingCommands.RehydrateCommandMetadata): declared, so abbreviations
    // clash as they do there (Mount-Database -A matches -AcceptDataLoss and -AsJob). The lab refuses it as not emulated.
    private static readonly ParameterDefinition AsJob = P("AsJob", T.Switch);

    private static readonly ParameterDefinition UseTransaction =
        Parameter("UseTransaction", T.Switch, ParameterOrigin.Common, Alias("usetx"));

    private static readonly ParameterDefinition[] ShouldProcessParameters =
    [
        Parameter("WhatIf", T.Switch, ParameterOrigin.ShouldProcess, Alias("wi")),
        Parameter("Confirm", T.Switch, ParameterOrigin.ShouldProcess, Alias("cf")),
    ];

    public CmdletDefinition Build()
    {
        var parameters = Parameters.ToList();
        if (Scope == CommandScope.ExchangeSession)
        {
            parameters.Add(AsJob);
        }
        if (Syntax == CommandSyntax.Cmdlet)
        {
            parameters.AddRange(CommonParameters);
            if (SupportsTransactions)
            {
                parameters.Add(UseTransaction);
            }
            if (ShouldProcess)
            {
                parameters.AddRange(ShouldProcessParameters);
            }
        }
        var sets = Sets.Length == 0 ? [ParameterSetDefinition.AllSetsName] : Sets;
        Check(parameters, sets);
        return new CmdletDefinition(
            Name,
            Scope,
            Syntax,
            Effect != CmdletEffect.Reads,
            Effect == CmdletEffect.ChangesAfterConfirming,
            sets.Select(set => new ParameterSetDefinition(set, ReadOnlySets.Contains(set) ? false : null)).ToEquatableArray(),
            Sets.Length == 0 ? ParameterSetDefinition.AllSetsName : DefaultSet,
            parameters.ToEquatableArray(),
            Reference,
            Usage ?? Name);
    }

    private void Check(List<ParameterDefinition> parameters, string[] sets)
    {
        var clash = parameters.SelectMany(p => p.Aliases.Prepend(p.Name))
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            Fail($"declares the name '{clash.Key}' twice");
        }
        if (DefaultSet is not null && !Sets.Contains(DefaultSet))
        {
            Fail($"has a default set '{DefaultSet}' it does not declare");
        }
        var unknown = parameters.SelectMany(p => p.Sets).FirstOrDefault(m => m.SetName is not null && !Sets.Contains(m.SetName));
        if (unknown is not null)
        {
            Fail($"uses the undeclared set '{unknown.SetName}'");
        }
        foreach (var set in sets)
        {
            var taken = parameters.Select(p => p.In(set)?.Position).OfType<int>().GroupBy(p => p).FirstOrDefault(g => g.Count() > 1);
            if (taken is not null)
            {
                Fail($"gives position {taken.Key} twice in '{set}'");
            }
        }
    }

    private void Fail(string problem) =>
        throw new InvalidOperationException($"The catalogue declaration of {Name} {problem}.");
}
