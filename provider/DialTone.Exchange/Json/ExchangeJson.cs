using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Json;

/// <summary>
/// The lossless JSON form of the command model, on one line (the bridge protocol's lines). JSON's own types carry
/// strings, whole numbers, Booleans, <c>null</c> and arrays; every other value kind is a one-key object:
/// <c>{"switch":false}</c>, <c>{"guid":"…"}</c>, <c>{"dateTime":"2025-01-31T10:00:00.0000000+00:00"}</c>,
/// <c>{"bytes":159449088}</c>, <c>{"unlimited":true}</c>, <c>{"timeSpan":"30.00:00:00"}</c>,
/// <c>{"scriptBlock":[COMMAND]}</c>, <c>{"object":{"typeName":"…","properties":{…}}}</c>.
/// <list type="bullet">
/// <item>Command: <c>{"cmdlet":"Set-Mailbox","parameters":{"Identity":"user0001","Database":"DTDB1"}}</c>
/// (parameters in order; a name may repeat, as in the command).</item>
/// <item>Pipeline: <c>[COMMAND, …]</c>. Batch: <c>{"pipelines":[PIPELINE, …],"stopOnError":false}</c>.</item>
/// <item>Pipeline result: <c>{"objects":[VALUE, …],"warnings":[…],"errors":[ERROR, …]}</c>, with <c>"ran":false</c>
/// for a pipeline a stopped batch did not run; empty warnings and errors are left out. Batch result: an array of them.</item>
/// <item>Error: <c>{"category":"InvalidArgument","message":"…","errorId":"…","reason":"…","targetObject":"…","isTransient":true}</c>
/// (the last two only when set).</item>
/// </list>
/// </summary>
public static class ExchangeJson
{
    /// <summary>
    /// How deeply arrays and objects may nest, writing and reading alike, so whatever is written can be read back
    /// (System.Text.Json's own defaults differ: 1000 when writing, 64 when reading).
    /// </summary>
    public const int MaxDepth = 256;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = MaxDepth };

    private static readonly JsonDocumentOptions ReaderOptions = new() { MaxDepth = MaxDepth };

    /// <summary>A value as JSON.</summary>
    public static string Write(ExchangeValue value) => Write(writer => JsonWriting.Value(writer, value, "$"));

    /// <summary>A command as JSON.</summary>
    public static string Write(ExchangeCommand command) => Write(writer => JsonWriting.Command(writer, command, "$"));

    /// <summary>A batch as JSON.</summary>
    public static string Write(Batch batch) => Write(writer => JsonWriting.Batch(writer, batch, "$"));

    /// <summary>An error as JSON.</summary>
    public static string Write(ExchangeError error) => Write(writer => JsonWriting.Error(writer, error, "$"));

    /// <summary>A batch's results as JSON.</summary>
    public static string Write(BatchResult results) => Write(writer => JsonWriting.Results(writer, results, "$"));

    /// <summary>A bridge request as one JSON line.</summary>
    public static string Write(BridgeRequest request) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", request.Id);
        writer.WritePropertyName("batch");
        JsonWriting.Batch(writer, request.Batch, "$.batch");
        writer.WriteEndObject();
    });

    /// <summary>A bridge response as one JSON line.</summary>
    /// <exception cref="ArgumentException">It has neither results nor an error, or both.</exception>
    public static string Write(BridgeResponse response)
    {
        if (response.Results is null == response.Error is null)
        {
            throw new ArgumentException("A bridge response carries either results or an error.", nameof(response));
        }
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", response.Id);
            if (response.Results is { } results)
            {
                writer.WritePropertyName("results");
                JsonWriting.Results(writer, results, "$.results");
            }
            else
            {
                writer.WritePropertyName("error");
                JsonWriting.Error(writer, response.Error!, "$.error");
            }
            writer.WriteEndObject();
        });
    }

    /// <summary>Reads a value.</summary>
    /// <exception cref="ExchangeJsonException">The JSON is not a value's form.</exception>
    public static ExchangeValue ReadValue(string json) => Read(json, JsonReading.Value);

    /// <summary>Reads a command.</summary>
    /// <exception cref="ExchangeJsonException">The JSON is not a command's form.</exception>
    public static ExchangeCommand ReadCommand(string json) => Read(json, JsonReading.Command);

    /// <summary>Reads a batch.</summary>
    /// <exception cref="ExchangeJsonException">The JSON is not a batch's form.</exception>
    public static Batch ReadBatch(string json) => Read(json, JsonReading.Batch);

    /// <summary>Reads an error.</summary>
    /// <exception cref="ExchangeJsonException">The JSON is not an error's form.</exception>
    public static ExchangeError ReadError(string json) => Read(json, JsonReading.Error);

    /// <summary>Reads a batch's results.</summary>
    /// <exception cref="ExchangeJsonException">The JSON is not a batch result's form.</exception>
    public static BatchResult ReadBatchResult(string json) => Read(json, JsonReading.Results);

    /// <summary>Reads a bridge request.</summary>
    /// <exception cref="ExchangeJsonException">The line is not a request.</exception>
    public static BridgeRequest ReadRequest(string json) => Read(json, (element, path) =>
    {
        JsonReading.OnlyKeys(element, path, "id", "batch");
        return new BridgeRequest(
            Id(element, path),
            JsonReading.Batch(JsonReading.Member(element, path, "batch", JsonValueKind.Object), $"{path}.batch"));
    });

    /// <summary>Reads a bridge response.</summary>
    /// <exception cref="ExchangeJsonException">The line is not a response, or carries both results and an error.</exception>
    public static BridgeResponse ReadResponse(string json) => Read(json, (element, path) =>
    {
        JsonReading.OnlyKeys(element, path, "id", "results", "error");
        var hasError = element.TryGetProperty("error", out _);
        if (hasError == element.TryGetProperty("results", out _))
        {
            throw JsonReading.Expected(path, "either \"results\" or \"error\", not both or neither");
        }
        return hasError
            ? new BridgeResponse(Id(element, path), null, JsonReading.Error(JsonReading.Member(element, path, "error", JsonValueKind.Object), $"{path}.error"))
            : new BridgeResponse(Id(element, path), JsonReading.Results(JsonReading.Member(element, path, "results", JsonValueKind.Array), $"{path}.results"), null);
    });

    private static long Id(JsonElement element, string path) =>
        JsonReading.Member(element, path, "id", JsonValueKind.Number).TryGetInt64(out var id) ? id : throw JsonReading.Expected($"{path}.id", "a whole number");

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static T Read<T>(string json, Func<JsonElement, string, T> read)
    {
        try
        {
            using var document = JsonDocument.Parse(json, ReaderOptions);
            return read(document.RootElement, "$");
        }
        catch (JsonException invalid)
        {
            throw new ExchangeJsonException($"$: not JSON ({invalid.Message})");
        }
    }
}
