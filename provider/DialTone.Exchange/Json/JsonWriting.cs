using System.Globalization;
using System.Text.Json;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Json;

/// <summary>Writes the command model's JSON form (see <see cref="ExchangeJson"/>).</summary>
internal static class JsonWriting
{
    public static void Value(Utf8JsonWriter writer, ExchangeValue value)
    {
        switch (value)
        {
            case StringValue text:
                writer.WriteStringValue(text.Value);
                break;
            case IntegerValue integer:
                writer.WriteNumberValue(integer.Value);
                break;
            case BooleanValue boolean:
                writer.WriteBooleanValue(boolean.Value);
                break;
            case NullValue:
                writer.WriteNullValue();
                break;
            case ArrayValue array:
                Array(writer, array.Items, Value);
                break;
            default:
                writer.WriteStartObject();
                Tagged(writer, value);
                writer.WriteEndObject();
                break;
        }
    }

    private static void Tagged(Utf8JsonWriter writer, ExchangeValue value)
    {
        switch (value)
        {
            case SwitchValue switchValue:
                writer.WriteBoolean(JsonTags.Switch, switchValue.IsPresent);
                break;
            case GuidValue guid:
                writer.WriteString(JsonTags.Guid, guid.Value.ToString("D"));
                break;
            case DateTimeValue date:
                writer.WriteString(JsonTags.DateTime, date.Value.ToString("o", CultureInfo.InvariantCulture));
                break;
            case ByteSizeValue size:
                writer.WriteNumber(JsonTags.Bytes, size.Bytes);
                break;
            case UnlimitedValue:
                writer.WriteBoolean(JsonTags.Unlimited, true);
                break;
            case TimeSpanValue span:
                writer.WriteString(JsonTags.TimeSpan, span.Value.ToString("c", CultureInfo.InvariantCulture));
                break;
            case ScriptBlockValue block:
                writer.WritePropertyName(JsonTags.ScriptBlock);
                Pipeline(writer, block.Pipeline);
                break;
            case ObjectValue obj:
                writer.WritePropertyName(JsonTags.Object);
                Object(writer, obj.Object);
                break;
        }
    }

    public static void Object(Utf8JsonWriter writer, ExchangeObject obj) =>
        NamedMap(writer, ("typeName", obj.TypeName), "properties", obj.Properties.Select(p => (p.Name, p.Value)));

    public static void Command(Utf8JsonWriter writer, ExchangeCommand command) =>
        NamedMap(writer, ("cmdlet", command.Cmdlet), "parameters", command.Parameters.Select(p => (p.Name, p.Value)));

    /// <summary><c>{"name":"…","map":{"key":VALUE,…}}</c>: the shape of both objects and commands.</summary>
    private static void NamedMap(Utf8JsonWriter writer, (string Key, string Value) name, string mapKey, IEnumerable<(string Key, ExchangeValue Value)> map)
    {
        writer.WriteStartObject();
        writer.WriteString(name.Key, name.Value);
        writer.WriteStartObject(mapKey);
        foreach (var (key, value) in map)
        {
            writer.WritePropertyName(key);
            Value(writer, value);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void Pipeline(Utf8JsonWriter writer, Pipeline pipeline) => Array(writer, pipeline.Commands, Command);

    public static void Batch(Utf8JsonWriter writer, Batch batch)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("pipelines");
        Array(writer, batch.Pipelines, Pipeline);
        writer.WriteBoolean("stopOnError", batch.StopOnError);
        writer.WriteEndObject();
    }

    public static void Error(Utf8JsonWriter writer, ExchangeError error)
    {
        writer.WriteStartObject();
        writer.WriteString("category", error.Category.ToString());
        writer.WriteString("message", error.Message);
        writer.WriteString("errorId", error.ErrorId);
        writer.WriteString("reason", error.Reason);
        if (error.TargetObject is not null)
        {
            writer.WriteString("targetObject", error.TargetObject);
        }
        if (error.IsTransient)
        {
            writer.WriteBoolean("isTransient", true);
        }
        writer.WriteEndObject();
    }

    public static void PipelineResult(Utf8JsonWriter writer, PipelineResult result)
    {
        writer.WriteStartObject();
        if (!result.Ran)
        {
            writer.WriteBoolean("ran", false);
        }
        writer.WritePropertyName("objects");
        Array(writer, result.Objects, Value);
        if (!result.Warnings.IsEmpty)
        {
            writer.WritePropertyName("warnings");
            Array(writer, result.Warnings, (w, warning) => w.WriteStringValue(warning));
        }
        if (!result.Errors.IsEmpty)
        {
            writer.WritePropertyName("errors");
            Array(writer, result.Errors, Error);
        }
        writer.WriteEndObject();
    }

    public static void Results(Utf8JsonWriter writer, BatchResult results) => Array(writer, results.Results, PipelineResult);

    private static void Array<T>(Utf8JsonWriter writer, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            write(writer, item);
        }
        writer.WriteEndArray();
    }
}
