using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>
/// The declared type of a parameter: how PowerShell converts an argument to it (the canonical value binding
/// keeps) and how it fails, with PowerShell's words. One instance per type; see <see cref="ParameterTypes"/>.
/// </summary>
public abstract class ParameterType
{
    private protected ParameterType(string name, string fullName)
    {
        Name = name;
        FullName = fullName;
    }

    /// <summary>The type as the cmdlet reference writes it, e.g. <c>DatabaseIdParameter</c>.</summary>
    public string Name { get; }

    /// <summary>The .NET type name PowerShell's messages use, e.g. <c>Microsoft.Exchange.Configuration.Tasks.DatabaseIdParameter</c>.</summary>
    public string FullName { get; }

    /// <summary>True for <c>SwitchParameter</c>: the parameter takes no argument.</summary>
    public virtual bool IsSwitch => false;

    /// <summary>True for <c>System.String</c>, whose mandatory parameters refuse the empty string.</summary>
    public virtual bool IsString => false;

    /// <summary>True when a number typed as <c>007</c> binds as that text rather than as the number's (text and identity types).</summary>
    public virtual bool TakesTypedText => false;

    /// <summary>
    /// Converts <paramref name="value"/> for the parameter <paramref name="parameterName"/>: the canonical value
    /// (e.g. <c>'Unlimited'</c> becomes <see cref="ExchangeValue.Unlimited"/>) or PowerShell's binding error.
    /// </summary>
    public abstract Conversion Convert(ExchangeValue value, string parameterName);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The outcome of converting an argument: the canonical value, or the binding error.</summary>
/// <param name="Value">The converted value, when conversion succeeded.</param>
/// <param name="Error">PowerShell's error, when it failed.</param>
public readonly record struct Conversion(ExchangeValue? Value, ExchangeError? Error)
{
    /// <summary>Conversion succeeded with <paramref name="value"/>.</summary>
    public static Conversion To(ExchangeValue value) => new(value, null);

    /// <summary>Conversion failed with <paramref name="error"/>.</summary>
    public static Conversion Fail(ExchangeError error) => new(null, error);

    /// <summary>True when conversion succeeded.</summary>
    public bool Succeeded => Error is null;
}
