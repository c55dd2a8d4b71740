using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Scripting.Running;
using DialTone.Exchange.Tests.Scripting;

namespace DialTone.Exchange.Tests;

/// <summary>Binding tests written as shell lines, read by the lab shell's own parser and bound as the lab shell binds them.</summary>
internal static class CommandLine
{
    public static BindingResult Bind(string line, bool expectsPipelineInput = false, bool insideScriptBlock = false)
    {
        try
        {
            return Parsed.Bound(line, expectsPipelineInput, insideScriptBlock);
        }
        catch (StatementTerminatedException failure)
        {
            return failure.Error.Error;
        }
    }

    public static BoundCommand BindOrFail(string line, bool expectsPipelineInput = false, bool insideScriptBlock = false)
    {
        var result = Bind(line, expectsPipelineInput, insideScriptBlock);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Command!;
    }

    public static string ErrorOf(string line, bool expectsPipelineInput = false, bool insideScriptBlock = false)
    {
        var result = Bind(line, expectsPipelineInput, insideScriptBlock);
        Assert.False(result.Succeeded, $"'{line}' bound as {result.Command}");
        return result.Error!.Message;
    }
}
