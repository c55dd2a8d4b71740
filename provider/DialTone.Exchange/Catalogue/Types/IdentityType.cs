using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>
/// An Exchange identity parameter (<c>DatabaseIdParameter</c>, <c>MailboxIdParameter</c>, …): it takes the text an
/// administrator types (name, alias, GUID, DN…), a GUID object where the type has a GUID form, and objects of the
/// kinds it identifies (so <c>Get-Mailbox | Set-Mailbox</c> binds), which it binds as their <c>Identity</c>: a command
/// carries the object's identity, never the object. Anything else fails in its argument transformation, as
/// OfficeDocs-Exchange#1543 and office-docs-powershell#1763 report for <c>MailboxLocationIdParameter</c>, which takes
/// neither a Mailbox object nor a <c>System.Guid</c>.
/// </summary>
internal sealed class IdentityType(string name, string fullName, IReadOnlyCollection<string> objectTypes, bool acceptsGuid)
    : ParameterType(name, fullName)
{
    public override bool TakesTypedText => true;

    public override Conversion Convert(ExchangeValue value, string parameterName) => value switch
    {
        // Exchange's identity types refuse blank text when built from it (wording inferred: Catalogue/README.md).
        StringValue text when string.IsNullOrWhiteSpace(text.Value) => Conversion.Fail(PowerShellErrors.ArgumentTransformation(
            parameterName, $"Parameter values of type {FullName} can't be empty. Specify a value, and try again.")),
        StringValue or NullValue => Conversion.To(value),
        IntegerValue integer => Conversion.To(new StringValue(integer.ToDisplayString())),
        GuidValue when acceptsGuid => Conversion.To(value),
        ObjectValue obj when objectTypes.Contains(ValueText.ObjectTypeOf(obj)) && obj.Object["Identity"] is { } identity
            => Conversion.To(new StringValue(ValueText.TextOf(identity))),
        ArrayValue => ConversionFailures.ArrayToScalar(parameterName, FullName),
        _ => Conversion.Fail(PowerShellErrors.ArgumentTransformation(parameterName, ConversionFailures.InvalidCastText(value, FullName))),
    };
}
