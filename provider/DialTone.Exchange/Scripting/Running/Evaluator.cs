using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Catalogue.Types;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Scripting.Parsing;
using DialTone.Exchange.Scripting.Syntax;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Scripting.Running;

/// <summary>
/// Turns syntax into the command model: expressions into values, commands into <see cref="BoundCommand"/>s bound
/// through the catalogue exactly as PowerShell binds a command line, script blocks into
/// <see cref="ScriptBlockValue"/>s whose command is bound as it will run on the server. A failure is a
/// <see cref="StatementTerminatedException"/> with PowerShell's or Exchange's words.
/// </summary>
internal sealed class Evaluator(CmdletCatalogue catalogue)
{
    public ExchangeValue Evaluate(ExpressionSyntax expression, Scope scope) => expression switch
    {
        LiteralSyntax literal => literal.Value,
        VariableSyntax variable => Read(variable, scope),
        PropertySyntax property => ValueMembers.Property(Evaluate(property.Target, scope), property.Name),
        ToStringSyntax call => ValueMembers.ToText(Evaluate(call.Target, scope)),
        ArrayLiteralSyntax array => new ArrayValue(array.Items.Select(item => Evaluate(item, scope)).ToEquatableArray()),
        ArraySubexpressionSyntax { Content: null } => new ArrayValue([]),
        ArraySubexpressionSyntax subexpression => AsArray(Evaluate(subexpression.Content, scope)),
        ScriptBlockSyntax block => ScriptBlock(block, scope),
        _ => throw new ArgumentException($"Unknown expression {expression.GetType().Name}.", nameof(expression)),
    };

    /// <summary><c>@( … )</c>: an array stays itself, anything else becomes an array of one.</summary>
    private static ArrayValue AsArray(ExchangeValue value) => value as ArrayValue ?? new ArrayValue([value]);

    /// <summary>
    /// Binds <paramref name="command"/> as typed, its arguments evaluated in <paramref name="scope"/> and its name
    /// resolved if it is a built-in alias of a catalogued command.
    /// </summary>
    public BoundCommand Bind(CommandStageSyntax command, Scope scope, bool expectsPipelineInput, bool insideScriptBlock = false)
    {
        var name = KnownCommands.Resolve(command.Name);
        var definition = catalogue.Find(name);
        var native = definition?.Syntax == CommandSyntax.Native;
        var arguments = command.Arguments.Select(argument => native ? NativeArgument(argument, scope) : Argument(argument, scope)).ToList();
        var result = catalogue.Bind(name, arguments, expectsPipelineInput, insideScriptBlock);
        return result.Command ?? throw new StatementTerminatedException(new StatementError(result.Error!, definition?.Name));
    }

    private CommandArgument Argument(ArgumentSyntax argument, Scope scope) => argument switch
    {
        ParameterTokenSyntax { Attached: null } parameter => new ParameterArgument(parameter.Name),
        ParameterTokenSyntax parameter => new ParameterArgument(parameter.Name, Evaluate(parameter.Attached, scope), TypedText(parameter.Attached)),
        ValueArgumentSyntax value => new PositionalArgument(Evaluate(value.Value, scope), TypedText(value.Value)),
        _ => throw new ArgumentException($"Unknown argument {argument.GetType().Name}.", nameof(argument)),
    };

    /// <summary>A native program gets its words as typed: <c>-mh</c> reaches eseutil as the text <c>-mh</c>, not as an option.</summary>
    private CommandArgument NativeArgument(ArgumentSyntax argument, Scope scope) => argument switch
    {
        ParameterTokenSyntax { Attached: null } parameter => new PositionalArgument(new StringValue("-" + parameter.Name)),
        ParameterTokenSyntax parameter => new PositionalArgument(
            new StringValue($"-{parameter.Name}:{ValueText.TextOf(Evaluate(parameter.Attached, scope))}")),
        _ => Argument(argument, scope),
    };

    private static string? TypedText(ExpressionSyntax expression) => (expression as LiteralSyntax)?.TypedText;

    /// <summary>
    /// <c>$true</c>, <c>$false</c>, <c>$null</c>, <c>$_</c>, or a variable the session assigned; any other is the error
    /// PowerShell gives under <c>Set-StrictMode -Version 1</c>, because the lab shell cannot know PowerShell's own variables.
    /// </summary>
    private static ExchangeValue Read(VariableSyntax variable, Scope scope) =>
        VariableSyntax.Constant(variable.Name)
        ?? (variable.Name == VariableSyntax.CurrentObject ? scope.Current : scope.Variables.GetValueOrDefault(variable.Name))
        ?? throw new StatementTerminatedException(new StatementError(RuntimeErrors.VariableIsUndefined(variable.Name), null));

    /// <summary>The command of an Invoke-Command script block, bound where it runs: inside the block, on the server.</summary>
    private ScriptBlockValue ScriptBlock(ScriptBlockSyntax block, Scope scope)
    {
        if (block.Statements is not [{ Pipeline.Stages: var stages }] || stages.Any(stage => stage is not CommandStageSyntax))
        {
            throw block.Statements.Count == 1
                ? new StatementTerminatedException(new StatementError(NotSupported.AtRun("A script block that is not one command pipeline"), null))
                : new StatementTerminatedException(new StatementError(Errors.CommandModelErrors.ScriptBlockNeedsOneCommand(block.Statements.Count), "Invoke-Command"));
        }
        var commands = stages.Select((stage, i) => Bind((CommandStageSyntax)stage, scope, expectsPipelineInput: i > 0, insideScriptBlock: true).Command);
        return new ScriptBlockValue(new Pipeline(commands.ToEquatableArray()));
    }
}
