using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>
/// A value Windows PowerShell 5.1 hands to a native program (eseutil) on its command line. 5.1 builds that line the
/// legacy way (NativeCommandParameterBinder, fixed only in PowerShell 7.3): it drops an empty argument, quotes an argument
/// holding a blank without escaping a trailing backslash or an inner double quote, so <c>'C:\x y\'</c> arrives as
/// <c>"C:\x y\"</c> and swallows what follows. Such values are refused, as is one starting with <c>/</c> or <c>-</c>,
/// which the program would read as an option. A path must also be a full local path.
/// </summary>
internal sealed class NativeArgumentType(string name, bool fullPath) : ParameterType(name, "System.String")
{
    public override bool TakesTypedText => true;

    public override Conversion Convert(ExchangeValue value, string parameterName)
    {
        var text = value switch
        {
            StringValue s => s.Value,
            IntegerValue i => i.ToDisplayString(),
            _ => null,
        };
        var problem = text switch
        {
            null => "is not text",
            _ when text.Trim().Length == 0 => "is empty: Windows PowerShell 5.1 drops an empty argument, so eseutil would read what follows as this value",
            _ when text.Contains('"') => "holds a double quote, which Windows PowerShell 5.1 passes on unescaped, so eseutil would split its arguments elsewhere",
            _ when text.EndsWith('\\') => "ends with a backslash, which Windows PowerShell 5.1 passes on so that it escapes the closing quote; leave the trailing backslash out",
            [var first, ..] when first is '/' or '-' => $"starts with '{first}', so eseutil would read it as an option",
            _ when fullPath && !LocalPaths.IsFullLocalPath(text) => @"is not a full local path such as E:\Databases\RDB1",
            _ => null,
        };
        return problem is null
            ? Conversion.To(new StringValue(text!))
            : Conversion.Fail(CommandModelErrors.NativeCommandUsage($"/{parameterName} '{text ?? value.ToDisplayString()}' {problem}."));
    }
}
