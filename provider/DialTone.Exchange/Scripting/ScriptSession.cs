using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Scripting.Parsing;
using DialTone.Exchange.Scripting.Running;
using DialTone.Exchange.Scripting.Syntax;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Scripting;

/// <summary>
/// An Exchange Management Shell session over any <see cref="IExchangeShell"/>: it runs parsed statements one at a
/// time, binding every command through the catalogue (so it fails where PowerShell fails, with PowerShell's words),
/// and keeps the variables statements assign. Statements depend on each other (a variable, a database created a line
/// before), so each statement is its own batches; within one, round trips grow with its stages, never its objects.
/// </summary>
/// <example><code>
/// var session = new ScriptSession(shell);
/// foreach (var statement in ScriptParser.Parse(File.ReadAllText("same-server.ps1")).Statements)
/// {
///     var result = await session.RunAsync(statement);
///     if (!result.Succeeded) { Console.Error.WriteLine(result.Errors[^1].Render()); break; }
/// }
/// </code></example>
public sealed class ScriptSession(IExchangeShell shell, CmdletCatalogue? catalogue = null)
{
    private readonly Dictionary<string, ExchangeValue> _variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly Evaluator _evaluator = new(catalogue ?? CmdletCatalogue.Default);

    /// <summary>The variables assigned so far, by name without <c>$</c>.</summary>
    public IReadOnlyDictionary<string, ExchangeValue> Variables => _variables;

    /// <summary>Runs one statement. Exchange's and PowerShell's failures are in the result; transport failures throw.</summary>
    public async Task<StatementResult> RunAsync(StatementSyntax statement, CancellationToken cancellationToken = default)
    {
        var runner = new PipelineRunner(shell, _evaluator);
        var errors = new List<StatementError>();
        IReadOnlyList<ExchangeValue> output = [];
        try
        {
            output = await runner.RunAsync(statement.Pipeline, new Scope(_variables, Current: null), cancellationToken);
            errors.AddRange(runner.Errors);
            if (statement.Variable is { } name)
            {
                Assign(name, output, errors);
                output = [];
            }
        }
        catch (StatementTerminatedException failure)
        {
            errors.AddRange(runner.Errors);
            errors.Add(failure.Error);
        }
        return new StatementResult(
            statement, output.ToEquatableArray(), runner.Warnings.ToEquatableArray(), errors.ToEquatableArray(), runner.RoundTrips, runner.StopsScript);
    }

    /// <summary>As PowerShell assigns output: nothing is <c>$null</c>, one object is itself, more are an array; <c>$null = …</c> discards.</summary>
    private void Assign(string name, IReadOnlyList<ExchangeValue> output, List<StatementError> errors)
    {
        if (VariableSyntax.Constant(name) is { } constant)
        {
            if (constant is not NullValue)
            {
                errors.Add(new StatementError(RuntimeErrors.VariableNotWritable(name), null));
            }
            return;
        }
        _variables[name] = output.Count switch
        {
            0 => ExchangeValue.Null,
            1 => output[0],
            _ => new ArrayValue(output.ToEquatableArray()),
        };
    }
}
