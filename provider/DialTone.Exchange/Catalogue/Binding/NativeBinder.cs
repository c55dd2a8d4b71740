using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Binding;

/// <summary>
/// Binds a native command (eseutil) the way the program reads its own command line: <c>/option value</c>, options
/// matched exactly (any case), a value after each option that is not a switch, one usage per command. The shell's
/// parser passes <c>/mh</c> as a positional word; a command built in code names the option as a parameter. Errors
/// are worded by DialTone (eseutil's own texts are not documented).
/// </summary>
internal static class NativeBinder
{
    public static BindingResult Bind(CmdletDefinition command, IReadOnlyList<CommandArgument> arguments)
    {
        var usage = $"Use {command.Usage}.";
        var state = new BindingState(command, [], command.Index.AllSets);
        for (var i = 0; i < arguments.Count; i++)
        {
            var (name, attached) = arguments[i] switch
            {
                ParameterArgument named => (named.Name, named.Argument),
                PositionalArgument { Value: StringValue { Value: ['/', .. var word] } } => (word, null),
                PositionalArgument positional => ((string?)null, positional.Value),
                _ => (null, null),
            };
            if (name is null)
            {
                return CommandModelErrors.NativeCommandUsage(
                    $"{command.Name}: unexpected argument '{attached?.ToDisplayString()}'. {usage}");
            }
            var option = command.FindParameter(name);
            if (option is null)
            {
                return CommandModelErrors.NativeCommandUsage($"{command.Name}: unknown option '/{name}'. {usage}");
            }
            if (state.IsBound(option))
            {
                return CommandModelErrors.NativeCommandUsage($"{command.Name}: the option '/{option.Name}' is given twice. {usage}");
            }
            var value = attached ?? (option.Type.IsSwitch ? new SwitchValue(true)
                : i + 1 < arguments.Count && arguments[i + 1] is PositionalArgument next ? Take(ref i, next.Value) : null);
            if (value is null)
            {
                return CommandModelErrors.NativeCommandUsage($"{command.Name}: the option '/{option.Name}' needs a value. {usage}");
            }
            if (state.Bind(option, value) is { } error)
            {
                return CommandModelErrors.NativeCommandUsage($"{command.Name}: {error.Message} {usage}");
            }
        }
        state.RemoveSwitchesThatAreOff();
        if (state.ValidateSets(prePipelineInput: false, setDefault: false) is not null || state.MissingMandatory(false).Count > 0)
        {
            return CommandModelErrors.NativeCommandUsage($"{command.Name}: these options do not form one usage. {usage}");
        }
        return new BoundCommand(command, state.Bound, state.Sets, scriptBlockCommand: null);
    }

    private static ExchangeValue Take(ref int index, ExchangeValue value)
    {
        index++;
        return value;
    }

}
