using System.Globalization;
using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Tests;

/// <summary>
/// Binding tests written as shell lines. Words are split on spaces (no quoting): <c>-Name</c> and <c>-Name:$false</c>
/// are parameter tokens, <c>$true</c>/<c>$false</c>/<c>$null</c> and whole numbers are typed, anything else is a string.
/// </summary>
internal static class CommandLine
{
    public static BindingResult Bind(string line, bool expectsPipelineInput = false)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return CmdletCatalogue.Default.Bind(words[0], words.Skip(1).Select(Argument).ToList(), expectsPipelineInput);
    }

    public static BoundCommand BindOrFail(string line, bool expectsPipelineInput = false)
    {
        var result = Bind(line, expectsPipelineInput);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Command!;
    }

    public static string ErrorOf(string line, bool expectsPipelineInput = false)
    {
        var result = Bind(line, expectsPipelineInput);
        Assert.False(result.Succeeded, $"'{line}' bound as {result.Command}");
        return result.Error!.Message;
    }

    private static CommandArgument Argument(string word)
    {
        if (!word.StartsWith('-') || word.Length < 2 || char.IsDigit(word[1]))
        {
            return new PositionalArgument(Value(word));
        }
        var colon = word.IndexOf(':');
        return colon < 0
            ? new ParameterArgument(word[1..])
            : new ParameterArgument(word[1..colon], Value(word[(colon + 1)..]));
    }

    private static ExchangeValue Value(string word) => word switch
    {
        "$true" => true,
        "$false" => false,
        "$null" => ExchangeValue.Null,
        _ when long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
        _ => word,
    };
}
