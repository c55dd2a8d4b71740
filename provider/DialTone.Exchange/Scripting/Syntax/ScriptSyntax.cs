using DialTone.Exchange.Values;

namespace DialTone.Exchange.Scripting.Syntax;

/// <summary>A parsed script: its statements, in order.</summary>
/// <param name="Statements">The statements; blank lines and comments leave none.</param>
public sealed record ScriptSyntax(EquatableArray<StatementSyntax> Statements);

/// <summary>
/// One statement: a pipeline, or <c>$name = &lt;pipeline&gt;</c>, which keeps the pipeline's output in a variable
/// instead of printing it (<c>$null = …</c> discards it).
/// </summary>
/// <param name="Variable">The variable assigned, without the <c>$</c>, or null when the output is printed.</param>
/// <param name="Pipeline">The pipeline.</param>
/// <param name="Position">Where the statement starts.</param>
/// <param name="Text">The statement's source text, as typed.</param>
public sealed record StatementSyntax(string? Variable, PipelineSyntax Pipeline, SourcePosition Position, string Text);

/// <summary>Stages joined by <c>|</c>. Only the first may be an expression.</summary>
/// <param name="Stages">The stages, first to last.</param>
public sealed record PipelineSyntax(EquatableArray<StageSyntax> Stages);

/// <summary>One element of a pipeline.</summary>
public abstract record StageSyntax
{
    private protected StageSyntax()
    {
    }
}

/// <summary>A command with its arguments as typed: <c>Set-Mailbox -Database DTDB1</c>, <c>eseutil /mh E:\RDB1\DB1.edb</c>.</summary>
/// <param name="Name">The command name as typed.</param>
/// <param name="Arguments">The arguments, in order; binding decides which parameter each one goes to.</param>
/// <param name="Position">Where the command name starts.</param>
public sealed record CommandStageSyntax(string Name, EquatableArray<ArgumentSyntax> Arguments, SourcePosition Position) : StageSyntax;

/// <summary><c>ForEach-Object { … }</c> (or <c>% { … }</c>, <c>foreach { … }</c>): its body runs once per input object, with <c>$_</c> set to it.</summary>
/// <param name="Body">The body: one pipeline that starts with a command.</param>
/// <param name="Position">Where the stage starts.</param>
public sealed record ForEachSyntax(PipelineSyntax Body, SourcePosition Position) : StageSyntax;

/// <summary>An expression as the first element of a pipeline: <c>$mailboxes | …</c>, or a statement of its own.</summary>
/// <param name="Expression">The expression.</param>
public sealed record ExpressionStageSyntax(ExpressionSyntax Expression) : StageSyntax;
