using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>
/// <c>System.Boolean</c> and <c>SwitchParameter</c>: PowerShell binds only Booleans, switches and numbers (zero is
/// false) to them and refuses anything else, e.g. the string <c>'true'</c>. <c>$null</c> makes a switch present and is
/// refused for a Boolean (ParameterBinderBase.HandleNullParameterForSpecialTypes).
/// </summary>
internal sealed class BooleanType(string name, string fullName, bool isSwitch) : ParameterType(name, fullName)
{
    public override bool IsSwitch => isSwitch;

    public override Conversion Convert(ExchangeValue value, string parameterName)
    {
        if (value is NullValue && !isSwitch)
        {
            return Conversion.Fail(PowerShellErrors.NullForBoolean(parameterName));
        }
        bool? truth = value switch
        {
            BooleanValue boolean => boolean.Value,
            SwitchValue switchValue => switchValue.IsPresent,
            IntegerValue integer => integer.Value != 0,
            NullValue => true,
            _ => null,
        };
        if (truth is { } result)
        {
            return Conversion.To(isSwitch ? new SwitchValue(result) : new BooleanValue(result));
        }
        return Conversion.Fail(PowerShellErrors.CannotConvertArgument(parameterName, ValueText.TypeNameOf(value), FullName, ""));
    }
}
