namespace DialTone.Exchange.Scripting.Syntax;

/// <summary>
/// One command argument as the parser reads it. Whether <c>-Name value</c> is a parameter with its argument or a switch
/// followed by a positional value is decided by binding, as in PowerShell.
/// </summary>
public abstract record ArgumentSyntax
{
    private protected ArgumentSyntax()
    {
    }
}

/// <summary>A parameter token: <c>-Name</c>, or <c>-Name:value</c> with its argument attached.</summary>
/// <param name="Name">The name as typed, without the dash.</param>
/// <param name="Attached">The argument after the colon, or null.</param>
public sealed record ParameterTokenSyntax(string Name, ExpressionSyntax? Attached) : ArgumentSyntax;

/// <summary>A value not attached to a parameter token.</summary>
/// <param name="Value">The value.</param>
public sealed record ValueArgumentSyntax(ExpressionSyntax Value) : ArgumentSyntax;
