using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Rendering;
using DialTone.Exchange.Tests.Scripting;
using static DialTone.Exchange.Tests.CommandLine;

namespace DialTone.Exchange.Tests;

/// <summary>
/// eseutil, a native program: its options are bound as eseutil reads them, and every value must reach it as one argument
/// through Windows PowerShell 5.1's legacy command-line building, so values 5.1 would drop, split or shift are refused.
/// </summary>
public sealed class NativeCommandTests
{
    private const string Usage = "Use eseutil /mh <database file> or eseutil /r <log prefix> /l <log folder> /d <database folder> [/i].";

    [Fact]
    public void An_unknown_option_is_refused_with_the_usages()
    {
        Assert.Equal($"eseutil: unknown option '/p'. {Usage}", EseutilError(@"/p E:\RDB1\DB1.edb"));
    }

    [Fact]
    public void An_option_without_its_value_is_refused()
    {
        Assert.Equal($"eseutil: the option '/mh' needs a value. {Usage}", EseutilError("/mh"));
    }

    [Fact]
    public void An_option_never_takes_the_next_option_as_its_value()
    {
        Assert.Equal($"eseutil: the option '/l' needs a value. {Usage}", EseutilError(@"/r E00 /l /d E:\RDB1"));
    }

    [Fact]
    public void Options_of_two_usages_together_are_refused()
    {
        Assert.Equal($"eseutil: these options do not form one usage. {Usage}", EseutilError(@"/mh E:\RDB1\DB1.edb /r E00"));
    }

    [Fact]
    public void A_stray_argument_is_refused()
    {
        Assert.Equal($"eseutil: unexpected argument 'E:\\RDB1'. {Usage}", EseutilError(@"E:\RDB1"));
    }

    [Fact]
    public void An_option_written_with_a_dash_is_refused_naming_its_slash_form_rather_than_rewritten()
    {
        Assert.Equal($"eseutil: options are written with '/': write /mh, not -mh. {Usage}", EseutilError(@"-mh E:\RDB1\DB1.edb"));
    }

    public static TheoryData<string, string, string> ValuesWindowsPowerShellWouldNotPassAsOneArgument => new()
    {
        { "l", "", "/l '' is empty: Windows PowerShell 5.1 drops an empty argument, so eseutil would read what follows as this value." },
        { "l", @"E:\Program Files\RDB1\", @"/l 'E:\Program Files\RDB1\' ends with a backslash, which Windows PowerShell 5.1 passes on so that it escapes the closing quote; leave the trailing backslash out." },
        { "d", "E:\\a\" /r E00", "/d 'E:\\a\" /r E00' holds a double quote, which Windows PowerShell 5.1 passes on unescaped, so eseutil would split its arguments elsewhere." },
        { "r", "/d", "/r '/d' starts with '/', so eseutil would read it as an option." },
        { "r", "-d", "/r '-d' starts with '-', so eseutil would read it as an option." },
        { "d", "RDB1", @"/d 'RDB1' is not a full local path such as E:\Databases\RDB1." },
    };

    [Theory]
    [MemberData(nameof(ValuesWindowsPowerShellWouldNotPassAsOneArgument))]
    public void A_value_windows_powershell_would_drop_split_or_shift_is_refused_naming_the_option(string option, string value, string problem)
    {
        var values = new Dictionary<string, string> { ["r"] = "E00", ["l"] = @"E:\RDB1", ["d"] = @"E:\RDB1" };
        values[option] = value;
        var command = new ExchangeCommand("eseutil").With("r", values["r"]).With("l", values["l"]).With("d", values["d"]);

        var error = CmdletCatalogue.Default.Bind(command, insideScriptBlock: true).Error!;

        Assert.Equal($"eseutil: {problem} {Usage}", error.Message);
    }

    [Fact]
    public void A_number_given_as_the_log_prefix_reaches_eseutil_as_typed()
    {
        Assert.Equal(new Values.StringValue("007"), BindOrFail(@"eseutil /r 007 /l E:\RDB1 /d E:\RDB1", insideScriptBlock: true)["r"]);
    }

    [Theory]
    [InlineData(@"E:\Program Files\O'Brien's $(x); `n {y}\DB1.edb")]
    [InlineData("E:\\\u2018quoted\u2019 \u201Aand\u201B\\DB1.edb")]
    [InlineData(@"E:\DB1.edb")]
    public void A_hostile_path_renders_as_one_literal_that_parses_and_binds_back_to_itself(string path)
    {
        var bound = CmdletCatalogue.Default.Bind(new ExchangeCommand("eseutil").With("mh", path), insideScriptBlock: true).Command!;

        var rendered = ShellRenderer.Default.Render(bound.Command);

        Assert.Equal($"eseutil /mh {PowerShellLiteral.String(path)}", rendered);
        Assert.Equal(bound.Command, Parsed.Bound(rendered, insideScriptBlock: true).Command);
    }

    private static string EseutilError(string arguments) => ErrorOf("eseutil " + arguments, insideScriptBlock: true);
}
