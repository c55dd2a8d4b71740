using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Binding;

/// <summary>
/// Binds a native command (eseutil) the way the program reads its own command line: <c>/option value</c>, options
/// matched exactly (any case), a value after each option that is not a switch (never another option), one usage per
/// command. The shell's parser passes <c>/mh</c> as a positional word; a command built in code names the option as a
/// parameter. Errors are worded by DialTone (eseutil's own texts are not documented).
/// </summary>
internal static class NativeBinder
{
    public static BindingResult Bind(CmdletDefinition command, IReadOnlyList<CommandArgument> arguments)
    {
        var state = new BindingState(command, [], command.Index.AllSets);
        for (var i = 0; i < arguments.Count; i++)
        {
            var (name, attached, typedText) = arguments[i] switch
            {
                ParameterArgument named => (named.Name, named.Argument, named.TypedText),
                PositionalArgument { Value: StringValue { Value: ['/', .. var word] } } => (word, null, null),
                PositionalArgument positional => ((string?)null, positional.Value, positional.TypedText),
                _ => (null, null, null),
            };
            if (name is null)
            {
                return Usage(command, Unexpected(command, typedText ?? attached!.ToDisplayString()));
            }
            var option = command.FindParameter(name);
            if (option is null)
            {
                return Usage(command, $"unknown option '/{name}'.");
            }
            if (state.IsBound(option))
            {
                return Usage(command, $"the option '/{option.Name}' is given twice.");
            }
            if (attached is null && !option.Type.IsSwitch && ValueAfter(arguments, i) is { } next)
            {
                (attached, typedText) = (next.Value, next.TypedText);
                i++;
            }
            var value = attached ?? (option.Type.IsSwitch ? new SwitchValue(true) : null);
            if (value is null)
            {
                return Usage(command, $"the option '/{option.Name}' needs a value.");
            }
            if (state.Bind(option, value, typedText) is { } error)
            {
                return Usage(command, error.Message);
            }
        }
        state.RemoveSwitchesThatAreOff();
        if (state.ValidateSets(prePipelineInput: false, setDefault: false) is not null || state.MissingMandatory(false).Count > 0)
        {
            return Usage(command, "these options do not form one usage.");
        }
        return new BoundCommand(command, state.Bound, state.Sets, scriptBlockCommand: null);
    }

    /// <summary>The positional word after an option, unless it is itself an option (<c>/r E00 /l /d E:\x</c>: /l has none).</summary>
    private static PositionalArgument? ValueAfter(IReadOnlyList<CommandArgument> arguments, int index) =>
        index + 1 < arguments.Count && arguments[index + 1] is PositionalArgument next && next.Value is not StringValue { Value: ['/', ..] }
            ? next
            : null;

    private static string Unexpected(CmdletDefinition command, string argument) =>
        argument is ['-', .. var name] && command.FindParameter(name) is { } option
            ? $"options are written with '/': write /{option.Name}, not {argument}."
            : $"unexpected argument '{argument}'.";

    private static ExchangeError Usage(CmdletDefinition command, string detail) =>
        CommandModelErrors.NativeCommandUsage($"{command.Name}: {detail} Use {command.Usage}.");
}
