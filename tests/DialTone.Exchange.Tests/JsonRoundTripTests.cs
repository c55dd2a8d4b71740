using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Json;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Tests;

/// <summary>The JSON form loses nothing: commands of every catalogued cmdlet, every value kind, results, bridge lines.</summary>
public sealed class JsonRoundTripTests
{
    public static TheoryData<string, string> EveryCmdletInEveryParameterSet()
    {
        var data = new TheoryData<string, string>();
        foreach (var cmdlet in CmdletCatalogue.Default.All)
        {
            foreach (var set in cmdlet.ParameterSets)
            {
                data.Add(cmdlet.Name, set.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCmdletInEveryParameterSet))]
    public void A_command_with_every_parameter_of_a_set_round_trips_through_json(string cmdlet, string set)
    {
        var command = ValueSamples.CommandFor(CmdletCatalogue.Default.Find(cmdlet)!, set);

        Assert.Equal(command, ExchangeJson.ReadCommand(ExchangeJson.Write(command)));
    }

    public static TheoryData<string, string> EveryBindableSet()
    {
        var data = new TheoryData<string, string>();
        foreach (var (cmdlet, set) in ValueSamples.BindableSets())
        {
            data.Add(cmdlet.Name, set);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryBindableSet))]
    public void A_command_with_every_parameter_of_a_set_binds_and_its_canonical_form_round_trips(string cmdlet, string set)
    {
        var definition = CmdletCatalogue.Default.Find(cmdlet)!;
        var insideScriptBlock = definition.Scope == CommandScope.ServerLocal;
        var result = CmdletCatalogue.Default.Bind(ValueSamples.CommandFor(definition, set), insideScriptBlock: insideScriptBlock);

        Assert.True(result.Succeeded, result.Error?.Message);
        var canonical = result.Command!.Command;
        Assert.Equal(canonical, ExchangeJson.ReadCommand(ExchangeJson.Write(canonical)));
        Assert.Equal(canonical, CmdletCatalogue.Default.Bind(canonical, insideScriptBlock: insideScriptBlock).Command!.Command);
    }

    public static TheoryData<int> EveryValueKind => new(Enumerable.Range(0, ValueSamples.EveryKind().Count()));

    [Theory]
    [MemberData(nameof(EveryValueKind))]
    public void Every_value_kind_round_trips_through_json(int kind)
    {
        var value = ValueSamples.EveryKind().ElementAt(kind);

        Assert.Equal(value, ExchangeJson.ReadValue(ExchangeJson.Write(value)));
    }

    [Fact]
    public void A_command_is_written_in_the_bridge_shape()
    {
        var command = new ExchangeCommand("Set-Mailbox").With("Identity", "O\u2019Brien").With("Database", "DTDB1").WithSwitch("Confirm", false);

        Assert.Equal(
            "{\"cmdlet\":\"Set-Mailbox\",\"parameters\":{\"Identity\":\"O\u2019Brien\",\"Database\":\"DTDB1\",\"Confirm\":{\"switch\":false}}}",
            ExchangeJson.Write(command));
    }

    [Fact]
    public void A_parameter_given_twice_survives_the_round_trip_so_binding_can_refuse_it()
    {
        var command = new ExchangeCommand("Mount-Database").With("Identity", "DB01").With("Identity", "DB02");

        Assert.Equal(command, ExchangeJson.ReadCommand(ExchangeJson.Write(command)));
    }

    [Fact]
    public void A_batch_round_trips_with_its_stop_on_error_flag()
    {
        var batch = Batch.Sequence(
            new ExchangeCommand("Dismount-Database").With("Identity", "DTDB1").WithSwitch("Confirm", false),
            new ExchangeCommand("Get-Mailbox").With("Database", "DB1").Pipe(new ExchangeCommand("Set-Mailbox").With("Database", "DTDB1")));

        Assert.Equal(batch, ExchangeJson.ReadBatch(ExchangeJson.Write(batch)));
    }

    [Fact]
    public void Pipeline_results_round_trip_with_objects_warnings_errors_and_not_run()
    {
        var results = new BatchResult(
        [
            new PipelineResult(ValueSamples.EveryKind().ToEquatableArray(),
                ["By default, only the first 1000 items are returned."],
                [new ExchangeError(ErrorCategory.ResourceUnavailable, "The server is busy.", "ServerBusy", "TransientException", "EX01", IsTransient: true),
                 PowerShellErrors.InputObjectNotBound("user0001")]),
            PipelineResult.Failed(PowerShellErrors.AmbiguousParameterSet()),
            PipelineResult.NotRun,
        ]);

        Assert.Equal(results, ExchangeJson.ReadBatchResult(ExchangeJson.Write(results)));
    }

    [Fact]
    public void A_result_is_written_in_the_bridge_shape()
    {
        Assert.Equal("[{\"objects\":[true]},{\"ran\":false,\"objects\":[]}]", ExchangeJson.Write(new BatchResult([PipelineResult.Of(true), PipelineResult.NotRun])));
    }

    [Fact]
    public void Bridge_requests_and_responses_round_trip()
    {
        var request = new BridgeRequest(7, Batch.Of(new ExchangeCommand("Get-MailboxDatabase").WithSwitch("Status")));
        var answered = new BridgeResponse(7, new BatchResult([PipelineResult.Of("DB01")]), null);
        var refused = new BridgeResponse(8, null, CommandModelErrors.LabOnly("Restore-LabBackup"));

        Assert.Equal(request, ExchangeJson.ReadRequest(ExchangeJson.Write(request)));
        Assert.Equal(answered, ExchangeJson.ReadResponse(ExchangeJson.Write(answered)));
        Assert.Equal(refused, ExchangeJson.ReadResponse(ExchangeJson.Write(refused)));
    }

    [Fact]
    public void A_request_is_one_line_even_when_values_hold_line_breaks()
    {
        var request = new BridgeRequest(1, Batch.Of(new ExchangeCommand("Set-Mailbox").With("Identity", "a\r\nb")));

        Assert.DoesNotContain('\n', ExchangeJson.Write(request));
    }

    public static TheoryData<string, string> MalformedCommands => new()
    {
        { "{\"cmdlet\":\"Set-Mailbox\",\"parameters\":{\"Identity\":{\"guid\":\"nope\"}}}", "$.parameters.Identity.guid: expected a GUID." },
        { "{\"cmdlet\":\"Set-Mailbox\",\"parameters\":{\"ResultSize\":1.5}}", "$.parameters.ResultSize: expected a whole number." },
        { "{\"cmdlet\":\"Set-Mailbox\",\"parameters\":{\"X\":{\"hashtable\":1}}}", "$.parameters.X: expected a known value tag, not 'hashtable'." },
        { "{\"cmdlet\":\"Set-Mailbox\"}", "$.parameters: expected an object." },
        { "{\"cmdlet\":\"Set-Mailbox\",\"parameters\":{},\"pipeline\":true}", "$: expected only the keys cmdlet, parameters, not 'pipeline'." },
        { "{\"cmdlet\":\"Set-Mailbox\",\"parameters\":{\"Identity\":\"a\\ud800b\"}}",
            "$.parameters.Identity: expected text that is valid UTF-16 (a lone surrogate has no form in the command model)." },
        { "{\"cmdlet\":\"Set-Mailbox; Remove-Item\",\"parameters\":{}}", "$: 'Set-Mailbox; Remove-Item' is not a command name: use Verb-Noun (letters and digits) or one word." },
        { "[1,", "$: not JSON" },
    };

    [Theory]
    [MemberData(nameof(MalformedCommands))]
    public void Malformed_json_is_refused_naming_the_place_and_what_was_expected(string json, string message)
    {
        var refused = Assert.Throws<ExchangeJsonException>(() => ExchangeJson.ReadCommand(json));

        Assert.StartsWith(message, refused.Message);
    }

    [Fact]
    public void A_date_keeps_its_offset_through_json()
    {
        var date = new DateTimeValue(new DateTimeOffset(2025, 7, 23, 14, 5, 6, TimeSpan.FromHours(-5)));

        var read = Assert.IsType<DateTimeValue>(ExchangeJson.ReadValue(ExchangeJson.Write(date)));

        Assert.Equal(TimeSpan.FromHours(-5), read.Value.Offset);
    }

    [Fact]
    public void The_same_instant_at_two_offsets_is_two_different_values()
    {
        var instant = new DateTimeOffset(2025, 7, 23, 19, 5, 6, TimeSpan.Zero);

        Assert.NotEqual(new DateTimeValue(instant), new DateTimeValue(instant.ToOffset(TimeSpan.FromHours(-5))));
    }

    [Fact]
    public void Random_text_round_trips_exactly_or_is_refused_when_written_if_it_is_not_valid_utf16()
    {
        const string alphabet = "a \"\\\n\u00E9\u2019\uD83D\uDE00\uDBFF\uDFFF";
        var strictUtf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var random = new Random(3);
        for (var i = 0; i < 2000; i++)
        {
            var value = new StringValue(new string(Enumerable.Range(0, random.Next(0, 8)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
            var valid = true;
            try
            {
                strictUtf8.GetByteCount(value.Value);
            }
            catch (System.Text.EncoderFallbackException)
            {
                valid = false;
            }

            if (valid)
            {
                Assert.Equal(value, ExchangeJson.ReadValue(ExchangeJson.Write(value)));
            }
            else
            {
                Assert.StartsWith("$: the text holds a lone surrogate", Assert.Throws<ExchangeJsonException>(() => ExchangeJson.Write(value)).Message);
            }
        }
    }

    [Fact]
    public void A_lone_surrogate_is_refused_when_written_naming_its_place()
    {
        var command = new ExchangeCommand("Set-Mailbox").With("Identity", "user0001").With("CustomAttribute1", new ArrayValue(["ok", "a\uD800b"]));

        var refused = Assert.Throws<ExchangeJsonException>(() => ExchangeJson.Write(command));

        Assert.Equal(
            "$.parameters.CustomAttribute1[1]: the text holds a lone surrogate (U+D800 at index 1), which is not valid UTF-16 and has no JSON form; "
                + "remove it or complete the pair.",
            refused.Message);
    }

    [Fact]
    public void Whatever_nesting_writes_reads_back_and_deeper_nesting_is_refused_when_written()
    {
        ExchangeValue value = "x";
        for (var depth = 1; depth <= ExchangeJson.MaxDepth; depth++)
        {
            value = new ArrayValue([value]);

            Assert.Equal(value, ExchangeJson.ReadValue(ExchangeJson.Write(value)));
        }

        var refused = Assert.Throws<ExchangeJsonException>(() => ExchangeJson.Write(new ArrayValue([value])));
        Assert.StartsWith($"${string.Concat(Enumerable.Repeat("[0]", ExchangeJson.MaxDepth))}: nested more than {ExchangeJson.MaxDepth} levels deep", refused.Message);
    }

    [Fact]
    public void An_error_category_is_read_by_name_only()
    {
        var refused = Assert.Throws<ExchangeJsonException>(() => ExchangeJson.ReadBatchResult(
            "[{\"objects\":[],\"errors\":[{\"category\":\"5\",\"message\":\"m\",\"errorId\":\"e\",\"reason\":\"r\"}]}]"));

        Assert.Equal("$[0].errors[0].category: expected a PowerShell error category by name.", refused.Message);
    }

    [Fact]
    public void A_response_with_both_results_and_an_error_is_refused()
    {
        var refused = Assert.Throws<ExchangeJsonException>(() => ExchangeJson.ReadResponse(
            "{\"id\":1,\"results\":[],\"error\":{\"category\":\"NotSpecified\",\"message\":\"m\",\"errorId\":\"e\",\"reason\":\"r\"}}"));

        Assert.Equal("$: expected either \"results\" or \"error\", not both or neither.", refused.Message);
    }

    [Fact]
    public void An_empty_pipeline_in_a_request_is_refused_at_its_path()
    {
        var refused = Assert.Throws<ExchangeJsonException>(() => ExchangeJson.ReadRequest("{\"id\":1,\"batch\":{\"pipelines\":[[]]}}"));

        Assert.Equal("$.batch.pipelines[0]: A pipeline needs at least one command.", refused.Message);
    }
}
