using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Catalogue.Cmdlets;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue;

/// <summary>
/// Every command DialTone and the lab use, declared as data, and the binder that fails where PowerShell fails.
/// </summary>
/// <example><code>
/// var result = CmdletCatalogue.Default.Bind(new ExchangeCommand("Mount-Database").With("Ident", "DTDB1"));
/// if (result.Error is { } error) { /* error.Message is PowerShell's text */ }
/// var bound = result.Command!;  // bound.Command is Mount-Database -Identity 'DTDB1'; bound.Mutates is true
/// </code></example>
public sealed class CmdletCatalogue
{
    private readonly Dictionary<string, CmdletDefinition> _byName;

    /// <summary>A catalogue of <paramref name="commands"/>.</summary>
    public CmdletCatalogue(IEnumerable<CmdletDefinition> commands)
    {
        All = commands.ToEquatableArray();
        _byName = All.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The catalogue of the Exchange Server 2019 commands DialTone and the lab use.</summary>
    public static CmdletCatalogue Default { get; } = new(
    [
        ServerCmdlets.GetExchangeServer,
        DatabaseCmdlets.GetMailboxDatabase,
        DatabaseCmdlets.NewMailboxDatabase,
        DatabaseCmdlets.SetMailboxDatabase,
        DatabaseCmdlets.RemoveMailboxDatabase,
        DatabaseCmdlets.MountDatabase,
        DatabaseCmdlets.DismountDatabase,
        DatabaseCmdlets.MoveDatabasePath,
        MailboxCmdlets.GetMailbox,
        SetMailbox.Definition,
        MailboxCmdlets.GetMailboxStatistics,
        MailboxCmdlets.UpdateStoreMailboxState,
        RestoreRequestCmdlets.NewMailboxRestoreRequest,
        RestoreRequestCmdlets.GetMailboxRestoreRequest,
        RestoreRequestCmdlets.SetMailboxRestoreRequest,
        RestoreRequestCmdlets.SuspendMailboxRestoreRequest,
        RestoreRequestCmdlets.ResumeMailboxRestoreRequest,
        RestoreRequestCmdlets.RemoveMailboxRestoreRequest,
        RestoreRequestCmdlets.GetMailboxRestoreRequestStatistics,
        RemotingCmdlets.InvokeCommand,
        FileCmdlets.MoveItem,
        FileCmdlets.CopyItem,
        FileCmdlets.RenameItem,
        FileCmdlets.RemoveItem,
        FileCmdlets.GetChildItem,
        FileCmdlets.TestPath,
        FileCmdlets.NewItem,
        NativeCommands.Eseutil,
        LabCmdlets.RestoreLabBackup,
    ]);

    /// <summary>Every catalogued command.</summary>
    public EquatableArray<CmdletDefinition> All { get; }

    /// <summary>The command named <paramref name="name"/> (any case), or null.</summary>
    public CmdletDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// Binds <paramref name="command"/> as PowerShell binds a splatted command (each parameter as
    /// <c>-Name:value</c>; a <see cref="SwitchValue"/> that is present as a bare <c>-Name</c>).
    /// </summary>
    /// <param name="command">The command.</param>
    /// <param name="expectsPipelineInput">True for a command after a <c>|</c>: <c>-Identity</c> then comes from each object.</param>
    /// <param name="insideScriptBlock">
    /// True for the command inside <c>Invoke-Command -ScriptBlock { … }</c>, where only server-local commands run.
    /// </param>
    public BindingResult Bind(ExchangeCommand command, bool expectsPipelineInput = false, bool insideScriptBlock = false) =>
        Bind(command.Cmdlet, ToArguments(command), expectsPipelineInput, insideScriptBlock);

    /// <summary>
    /// Binds a command line as the shell's parser reads it: parameter tokens and positional values (for eseutil,
    /// <c>/mh</c> and its value are positional words). To build a script block, bind its command with
    /// <paramref name="insideScriptBlock"/> and wrap the bound <see cref="BoundCommand.Command"/> in a
    /// <see cref="ScriptBlockValue"/>.
    /// </summary>
    /// <param name="cmdlet">The command's name.</param>
    /// <param name="arguments">Its arguments, in order.</param>
    /// <param name="expectsPipelineInput">True for a command after a <c>|</c>.</param>
    /// <param name="insideScriptBlock">True for the command inside <c>Invoke-Command -ScriptBlock { … }</c>.</param>
    public BindingResult Bind(
        string cmdlet, IReadOnlyList<CommandArgument> arguments, bool expectsPipelineInput = false, bool insideScriptBlock = false)
    {
        if (Find(cmdlet) is not { } definition)
        {
            return PowerShellErrors.CommandNotFound(cmdlet);
        }
        if (insideScriptBlock != (definition.Scope == CommandScope.ServerLocal))
        {
            return insideScriptBlock
                ? CommandModelErrors.NotAllowedInScriptBlock(
                    definition.Name, All.Where(c => c.Scope == CommandScope.ServerLocal).Select(c => c.Name))
                : CommandModelErrors.OutsideInvokeCommand(definition.Name);
        }
        if (definition.Syntax == CommandSyntax.Native)
        {
            return NativeBinder.Bind(definition, arguments);
        }
        var result = CmdletBinder.Bind(definition, arguments, expectsPipelineInput);
        return result.Command is { Definition.Scope: CommandScope.Remoting } remoting ? BindScriptBlock(remoting) : result;
    }

    /// <summary>
    /// <c>Invoke-Command</c>: one computer, and a script block holding one server-local command, bound too. The
    /// canonical command carries the script block's canonical command, so equal meanings bind to equal commands.
    /// </summary>
    private BindingResult BindScriptBlock(BoundCommand invoke)
    {
        if (invoke.ParameterSetName != "ComputerName" || invoke["ComputerName"] is not ArrayValue { Items.Count: 1 })
        {
            return CommandModelErrors.NeedsOneComputer();
        }
        var pipeline = ((ScriptBlockValue)invoke["ScriptBlock"]!).Pipeline;
        if (pipeline.Commands.Count != 1)
        {
            return CommandModelErrors.ScriptBlockNeedsOneCommand(pipeline.Commands.Count);
        }
        var command = pipeline.Commands[0];
        var inner = Bind(command.Cmdlet, ToArguments(command), expectsPipelineInput: false, insideScriptBlock: true);
        if (inner.Command is not { } bound)
        {
            return inner;
        }
        var canonicalBlock = new ScriptBlockValue(bound.Command);
        var parameters = invoke.Parameters.Select(p => p.Value is ScriptBlockValue ? p with { Value = canonicalBlock } : p).ToList();
        return new BoundCommand(invoke.Definition, parameters, invoke.Sets, bound);
    }

    private static List<CommandArgument> ToArguments(ExchangeCommand command) => command.Parameters
        .Select(p => (CommandArgument)new ParameterArgument(p.Name, p.Value is SwitchValue { IsPresent: true } ? null : p.Value))
        .ToList();
}
