using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>
/// A type with no literal form: <c>ScriptBlock</c> (only a <see cref="ScriptBlockValue"/>), or a .NET object type
/// such as <c>PSCredential</c> (only an object of that type). <c>System.Object</c> and <c>PSObject</c> take anything.
/// </summary>
internal sealed class ObjectType(string name, string fullName, bool acceptsAnything = false) : ParameterType(name, fullName)
{
    private const string ScriptBlockTypeName = "System.Management.Automation.ScriptBlock";

    public override Conversion Convert(ExchangeValue value, string parameterName) => value switch
    {
        _ when acceptsAnything => Conversion.To(value),
        NullValue => Conversion.To(value),
        ScriptBlockValue when FullName == ScriptBlockTypeName => Conversion.To(value),
        ObjectValue obj when ValueText.ObjectTypeOf(obj) == FullName => Conversion.To(value),
        _ => ConversionFailures.InvalidCast(parameterName, value, FullName),
    };
}
