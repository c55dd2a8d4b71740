using DialTone.Exchange.Catalogue.Types;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Binding;

/// <summary>
/// PowerShell's command-line binding for a cmdlet, in PowerShell's order (CmdletParameterBinderController and
/// ParameterBinderController in the PowerShell source), so the first error found is the one PowerShell reports:
/// pair parameter tokens with their arguments, bind named arguments, bind positional ones by position, check the
/// parameter sets, report arguments nothing took, choose the set, then check mandatory parameters.
/// </summary>
internal static class CmdletBinder
{
    /// <summary>An argument after pairing: named (with the parameter when already matched) or positional.</summary>
    private sealed record Token(
        int Order, string? TypedName, string ReportedName, ParameterDefinition? Parameter, ExchangeValue? Value, string? TypedText = null);

    public static BindingResult Bind(CmdletDefinition cmdlet, IReadOnlyList<CommandArgument> arguments, bool expectsPipelineInput)
    {
        var (tokens, pairingError) = Pair(cmdlet, arguments);
        if (pairingError is not null)
        {
            return pairingError;
        }
        var state = new BindingState(cmdlet, [], cmdlet.Index.AllSets);
        var leftovers = new List<Token>();
        var error = BindNamed(state, tokens, leftovers)
            ?? BindPositional(state, tokens.Where(t => t.TypedName is null).ToList(), leftovers, out var positionalFailure)
            ?? state.ValidateSets(prePipelineInput: true, setDefault: false)
            ?? Unprocessed(leftovers, positionalFailure)
            ?? state.ValidateSets(prePipelineInput: expectsPipelineInput, setDefault: !expectsPipelineInput)
            ?? MissingMandatory(state, expectsPipelineInput);
        return error is not null ? error : new BoundCommand(cmdlet, state.Bound, state.Sets, scriptBlockCommand: null);
    }

    public static BindingResult BindPipelineObject(BoundCommand command, ExchangeValue input)
    {
        string Target() => input is ObjectValue obj ? obj.Object.ToString() : input.ToDisplayString();
        var state = new BindingState(command.Definition, command.Parameters, command.Sets);
        var identity = command.Definition.FindParameter("Identity");
        if (identity is null || !identity.ValueFromPipeline || state.IsBound(identity)
            || (state.Index.MaskOf(identity) & state.Sets) == 0)
        {
            return PowerShellErrors.InputObjectNotBound(Target());
        }
        // By value, else by its Identity property; a value that converts but fails validation ($null for a mandatory
        // -Identity) is reported as itself, as PowerShell does.
        bool Converts(ExchangeValue candidate) => identity.Type.Convert(candidate, identity.Name).Succeeded;
        var value = Converts(input) ? input
            : (input as ObjectValue)?.Object["Identity"] is { } property && Converts(property) ? property
            : null;
        if (value is null)
        {
            return PowerShellErrors.InputObjectNotBound(Target());
        }
        if (state.Bind(identity, value) is { } invalid)
        {
            return invalid;
        }
        if (state.ValidateSets(prePipelineInput: false, setDefault: true) is { } setError)
        {
            return setError;
        }
        var missing = state.MissingMandatory(exceptPipelineParameters: false);
        return missing.Count > 0
            ? PowerShellErrors.InputObjectMissingMandatory(missing, Target())
            : new BoundCommand(command.Definition, state.Bound, state.Sets, command.ScriptBlockCommand);
    }

    /// <summary>
    /// Pairs each parameter token without an attached argument with the argument after it, unless the parameter is
    /// a switch (ReparseUnboundArguments): a missing argument is an error, an unknown name is left for later.
    /// </summary>
    private static (List<Token> Tokens, ExchangeError? Error) Pair(CmdletDefinition cmdlet, IReadOnlyList<CommandArgument> arguments)
    {
        var tokens = new List<Token>();
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case PositionalArgument positional:
                    tokens.Add(new Token(i, null, "", null, positional.Value, positional.TypedText));
                    break;
                case ParameterArgument { Argument: { } attached } named:
                    tokens.Add(new Token(i, named.Name, named.Name, null, attached, named.TypedText));
                    break;
                case ParameterArgument named:
                    var (parameter, error) = ParameterMatcher.Match(cmdlet, named.Name);
                    if (error is not null)
                    {
                        return ([], error);
                    }
                    if (parameter is null || parameter.Type.IsSwitch)
                    {
                        tokens.Add(new Token(i, named.Name, named.Name, parameter, parameter is null ? null : new SwitchValue(true)));
                        break;
                    }
                    var (argument, typedText, missing) = ArgumentAfter(cmdlet, arguments, i, parameter);
                    if (missing is not null)
                    {
                        return ([], missing);
                    }
                    tokens.Add(new Token(i, named.Name, parameter.Name, parameter, argument, typedText));
                    i++;
                    break;
            }
        }
        return (tokens, null);
    }

    private static (ExchangeValue? Argument, string? TypedText, ExchangeError? Error) ArgumentAfter(
        CmdletDefinition cmdlet, IReadOnlyList<CommandArgument> arguments, int index, ParameterDefinition parameter)
    {
        var missing = PowerShellErrors.MissingArgument(parameter.Name, parameter.Type.FullName);
        switch (index + 1 < arguments.Count ? arguments[index + 1] : null)
        {
            case PositionalArgument next:
                return (next.Value, next.TypedText, null);
            case ParameterArgument next:
                // A following parameter token is an argument only if it names no parameter and has none attached.
                var (nextParameter, error) = ParameterMatcher.Match(cmdlet, next.Name);
                return error is not null ? (null, null, error)
                    : nextParameter is not null || next.Argument is not null ? (null, null, missing)
                    : (new StringValue("-" + next.Name), null, null);
            default:
                return (null, null, missing);
        }
    }

    private static ExchangeError? BindNamed(BindingState state, List<Token> tokens, List<Token> leftovers)
    {
        foreach (var token in tokens.Where(t => t.TypedName is not null))
        {
            var (parameter, error) = token.Parameter is null ? ParameterMatcher.Match(state.Cmdlet, token.TypedName!) : (token.Parameter, null);
            if (error is not null)
            {
                return error;
            }
            if (parameter is null)
            {
                leftovers.Add(token);
                continue;
            }
            if (state.IsBound(parameter))
            {
                return PowerShellErrors.ParameterAlreadyBound(token.ReportedName);
            }
            var bindError = state.Bind(parameter, token.Value!, token.TypedText);
            if (bindError is not null)
            {
                return bindError;
            }
        }
        return null;
    }

    /// <summary>
    /// Binds positional arguments to the unbound parameters of the valid sets, lowest position first; at each position
    /// the default set's parameter is tried first, a value that needs no conversion before one that does
    /// (BindPositionalParameters). A failed transformation is reported at once; other failures only if the
    /// argument ends up taken by nothing.
    /// </summary>
    private static ExchangeError? BindPositional(
        BindingState state, List<Token> positionals, List<Token> leftovers, out ExchangeError? failure)
    {
        failure = null;
        var done = new HashSet<int>();
        var next = 0;
        while (next < positionals.Count)
        {
            var candidates = PositionalCandidates(state, done);
            if (candidates.Count == 0)
            {
                break;
            }
            var (position, parameters) = candidates.First();
            done.Add(position);
            var argument = positionals[next++];
            var (bound, error, quietFailure) = BindAt(state, parameters, argument);
            if (error is not null)
            {
                return error;
            }
            failure ??= quietFailure;
            if (!bound)
            {
                leftovers.Add(argument);
            }
        }
        leftovers.AddRange(positionals.Skip(next));
        return null;
    }

    private static SortedDictionary<int, List<ParameterDefinition>> PositionalCandidates(BindingState state, HashSet<int> done)
    {
        var candidates = new SortedDictionary<int, List<ParameterDefinition>>();
        foreach (var parameter in state.Unbound)
        {
            foreach (var membership in parameter.Sets.Where(m => m.Position is { } p && !done.Contains(p)))
            {
                var sets = membership.SetName is null ? state.Index.AllSets : state.Index.Bit(membership.SetName);
                if ((sets & state.Sets) == 0)
                {
                    continue;
                }
                var position = membership.Position!.Value;
                var atPosition = candidates.TryGetValue(position, out var list) ? list : candidates[position] = [];
                if (!atPosition.Contains(parameter))
                {
                    atPosition.Add(parameter);
                }
            }
        }
        return candidates;
    }

    private static (bool Bound, ExchangeError? Error, ExchangeError? QuietFailure) BindAt(
        BindingState state, List<ParameterDefinition> parameters, Token argument)
    {
        var value = argument.Value!;
        var defaultSet = state.Index.DefaultSet & state.Sets;
        var ordered = parameters.OrderByDescending(p => (state.Index.MaskOf(p) & defaultSet) != 0).ToList();
        var exact = ordered.FirstOrDefault(p => p.Type.Convert(value, p.Name).Value == value);
        ExchangeError? quietFailure = null;
        foreach (var parameter in exact is null ? ordered : [exact])
        {
            if (BindingState.RefusedScriptBlock(parameter, value) is { } refused)
            {
                quietFailure ??= refused;
                continue;
            }
            var conversion = parameter.Type.Convert(value, parameter.Name);
            if (conversion.Error is { ErrorId: "ParameterArgumentTransformationError" } transformation)
            {
                return (false, transformation, null);
            }
            if (!conversion.Succeeded)
            {
                quietFailure ??= conversion.Error;
                continue;
            }
            var error = state.Bind(parameter, value, argument.TypedText);
            return error is null ? (true, null, null) : (false, error, null);
        }
        return (false, null, quietFailure);
    }

    /// <summary>An argument nothing took: an unknown parameter name, or a positional value (VerifyArgumentsProcessed).</summary>
    private static ExchangeError? Unprocessed(List<Token> leftovers, ExchangeError? positionalFailure)
    {
        var first = leftovers.OrderBy(t => t.Order).FirstOrDefault();
        return first switch
        {
            null => null,
            { TypedName: { } name } => PowerShellErrors.NamedParameterNotFound(name),
            _ => positionalFailure ?? PowerShellErrors.PositionalParameterNotFound(ValueText.TextOf(first.Value!)),
        };
    }

    private static ExchangeError? MissingMandatory(BindingState state, bool expectsPipelineInput)
    {
        var missing = state.MissingMandatory(exceptPipelineParameters: expectsPipelineInput);
        return missing.Count > 0 ? PowerShellErrors.MissingMandatoryParameters(missing) : null;
    }
}
