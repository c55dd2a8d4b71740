using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Rendering;
using DialTone.Exchange.Scripting.Running;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Tests.Scripting;

/// <summary>
/// The parser inverts the renderer: for every catalogued cmdlet, in every parameter set DialTone binds, with hostile
/// values in every text parameter, the rendered text parses and binds to the very command the original binds to.
/// Binding is the comparison because rendering is typed by the parameter, not the value (<c>-Name:$false</c> is a switch
/// or a Boolean, <c>'Unlimited'</c> a string or Unlimited) exactly as in PowerShell.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string, string, int> EveryCmdletSetAndHostileText()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (cmdlet, set) in ValueSamples.BindableSets())
        {
            for (var seed = 0; seed < ValueSamples.HostileTexts.Length; seed++)
            {
                data.Add(cmdlet.Name, set, seed);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCmdletSetAndHostileText))]
    public void Rendering_then_parsing_binds_to_the_same_command(string cmdlet, string set, int seed)
    {
        var definition = CmdletCatalogue.Default.Find(cmdlet)!;
        var insideScriptBlock = definition.Scope == CommandScope.ServerLocal;
        var command = ValueSamples.CommandFor(definition, set, seed);
        var text = ShellRenderer.Default.Render(command);

        var original = CmdletCatalogue.Default.Bind(command, insideScriptBlock: insideScriptBlock);
        var parsed = BindParsed(text, insideScriptBlock);

        Assert.True(original.Succeeded, original.Error?.Message);
        Assert.True(parsed.Succeeded, $"{text}: {parsed.Error?.Message}");
        Assert.Equal(original.Command!.Command, parsed.Command!.Command);
        Assert.Equal(original.Command.ScriptBlockCommand?.Command, parsed.Command.ScriptBlockCommand?.Command);
    }

    [Theory]
    [MemberData(nameof(EveryCmdletSetAndHostileText))]
    public void A_canonical_command_rendered_and_parsed_is_itself(string cmdlet, string set, int seed)
    {
        var definition = CmdletCatalogue.Default.Find(cmdlet)!;
        var insideScriptBlock = definition.Scope == CommandScope.ServerLocal;
        var bound = CmdletCatalogue.Default.Bind(ValueSamples.CommandFor(definition, set, seed), insideScriptBlock: insideScriptBlock);
        Assert.True(bound.Succeeded, bound.Error?.Message);

        Assert.Equal(bound.Command!.Command, BindParsed(ShellRenderer.Default.Render(bound.Command.Command), insideScriptBlock).Command?.Command);
    }

    [Fact]
    public void Random_strings_over_the_dangerous_characters_parse_back_as_themselves()
    {
        const string alphabet = "ab $`\"'\u2018\u2019\u201A\u201B\u201C\u201D\u201E;|&(){}@#,<>\r\n\t-\u2013";
        var random = new Random(9);
        for (var i = 0; i < 2000; i++)
        {
            var value = new string(Enumerable.Range(0, random.Next(0, 14)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.Equal(new StringValue(value), Parsed.Value(PowerShellLiteral.String(value)));
        }
    }

    public static TheoryData<int> EveryLiteralKind => new(Enumerable.Range(0, ValueSamples.EveryKind().Count(v => v is not (ObjectValue or ScriptBlockValue))));

    [Theory]
    [MemberData(nameof(EveryLiteralKind))]
    public void Every_value_kind_with_a_literal_form_parses_back_to_its_text_or_itself(int kind)
    {
        var value = ValueSamples.EveryKind().Where(v => v is not (ObjectValue or ScriptBlockValue)).ElementAt(kind);

        var parsed = Parsed.Value(PowerShellLiteral.Value(value, _ => ""));

        // Exchange's own types (GUIDs, dates, sizes, Unlimited, time spans) are written as their text, which binding
        // parses; a switch is written $true or $false, which binding makes a switch again.
        var expected = value switch
        {
            GuidValue or DateTimeValue or ByteSizeValue or UnlimitedValue or TimeSpanValue => new StringValue(PowerShellLiteral.Value(value, _ => "")[1..^1]),
            SwitchValue switchValue => new BooleanValue(switchValue.IsPresent),
            _ => value,
        };
        Assert.Equal(expected, parsed);
    }

    [Fact]
    public void An_array_of_one_array_survives_rendering_and_parsing()
    {
        var nested = new ArrayValue([new ArrayValue(["y", "z"])]);

        Assert.Equal(nested, Parsed.Value(PowerShellLiteral.Value(nested, _ => "")));
    }

    private static BindingResult BindParsed(string text, bool insideScriptBlock)
    {
        try
        {
            return Parsed.Bound(text, insideScriptBlock: insideScriptBlock);
        }
        catch (StatementTerminatedException failure)
        {
            return failure.Error.Error;
        }
    }
}
