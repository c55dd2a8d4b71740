using DialTone.Exchange.Values;

namespace DialTone.Exchange.Scripting.Syntax;

/// <summary>A value the script computes: a literal, a variable, a property of one, an array or a script block.</summary>
public abstract record ExpressionSyntax
{
    private protected ExpressionSyntax()
    {
    }
}

/// <summary>A literal: a quoted or bare string, a number, <c>$true</c>, <c>$false</c> or <c>$null</c>.</summary>
/// <param name="Value">The value.</param>
/// <param name="TypedText">
/// For a number given as a command argument and typed otherwise than it prints (<c>007</c>, <c>1kb</c>), the text as
/// typed, which PowerShell binds to text parameters; otherwise null.
/// </param>
public sealed record LiteralSyntax(ExchangeValue Value, string? TypedText = null) : ExpressionSyntax;

/// <summary><c>$name</c>, or <c>$_</c> (the current object of a <c>ForEach-Object</c> body).</summary>
/// <param name="Name">The name without the <c>$</c>.</param>
/// <param name="Position">Where the reference is.</param>
public sealed record VariableSyntax(string Name, SourcePosition Position) : ExpressionSyntax
{
    /// <summary>The name of the current pipeline object.</summary>
    public const string CurrentObject = "_";

    /// <summary>The value of the constant <c>$true</c>, <c>$false</c> or <c>$null</c> named <paramref name="name"/> (any case), else null.</summary>
    public static ExchangeValue? Constant(string name) => name.ToLowerInvariant() switch
    {
        "true" => new BooleanValue(true),
        "false" => new BooleanValue(false),
        "null" => ExchangeValue.Null,
        _ => null,
    };
}

/// <summary><c>target.Name</c>: a property of an object.</summary>
/// <param name="Target">The object.</param>
/// <param name="Name">The property name.</param>
public sealed record PropertySyntax(ExpressionSyntax Target, string Name) : ExpressionSyntax;

/// <summary><c>target.ToString()</c>: the value as text (the one method the lab shell runs).</summary>
/// <param name="Target">The value.</param>
public sealed record ToStringSyntax(ExpressionSyntax Target) : ExpressionSyntax;

/// <summary>
/// An array: <c>a,b</c> (at least two items), <c>,a</c> (one item, the unary comma), or <c>@( … )</c>, which makes
/// an array of whatever its content yields (an array as is, one value as an array of one, nothing as an empty array).
/// </summary>
/// <param name="Items">The items of a comma list.</param>
public sealed record ArrayLiteralSyntax(EquatableArray<ExpressionSyntax> Items) : ExpressionSyntax;

/// <summary><c>@( content )</c>.</summary>
/// <param name="Content">The content, or null for <c>@()</c>.</param>
public sealed record ArraySubexpressionSyntax(ExpressionSyntax? Content) : ExpressionSyntax;

/// <summary><c>{ … }</c> given as an argument, the body of <c>Invoke-Command -ScriptBlock</c>.</summary>
/// <param name="Statements">The statements inside the braces.</param>
/// <param name="Position">Where the opening brace is.</param>
public sealed record ScriptBlockSyntax(EquatableArray<StatementSyntax> Statements, SourcePosition Position) : ExpressionSyntax;
