using System.Globalization;
using System.Text.Json;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Json;

/// <summary>
/// Writes the command model's JSON form (see <see cref="ExchangeJson"/>). What could not be read back is refused here,
/// naming the JSON path: text that is not valid UTF-16 (the writer would silently put U+FFFD in place of a lone
/// surrogate) and nesting deeper than the reader accepts.
/// </summary>
internal static class JsonWriting
{
    public static void Value(Utf8JsonWriter writer, ExchangeValue value, string path)
    {
        switch (value)
        {
            case StringValue text:
                Text(writer, text.Value, path);
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
                Array(writer, array.Items, path, Value);
                break;
            default:
                StartObject(writer, path);
                Tagged(writer, value, path);
                writer.WriteEndObject();
                break;
        }
    }

    private static void Tagged(Utf8JsonWriter writer, ExchangeValue value, string path)
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
                Pipeline(writer, block.Pipeline, $"{path}.{JsonTags.ScriptBlock}");
                break;
            case ObjectValue obj:
                writer.WritePropertyName(JsonTags.Object);
                Object(writer, obj.Object, $"{path}.{JsonTags.Object}");
                break;
        }
    }

    private static void Object(Utf8JsonWriter writer, ExchangeObject obj, string path) =>
        NamedMap(writer, path, ("typeName", obj.TypeName), "properties", obj.Properties.Select(p => (p.Name, p.Value)));

    public static void Command(Utf8JsonWriter writer, ExchangeCommand command, string path) =>
        NamedMap(writer, path, ("cmdlet", command.Cmdlet), "parameters", command.Parameters.Select(p => (p.Name, p.Value)));

    /// <summary><c>{"name":"…","map":{"key":VALUE,…}}</c>: the shape of both objects and commands.</summary>
    private static void NamedMap(Utf8JsonWriter writer, string path, (string Key, string Value) name, string mapKey,
        IEnumerable<(string Key, ExchangeValue Value)> map)
    {
        StartObject(writer, path);
        writer.WritePropertyName(name.Key);
        Text(writer, name.Value, $"{path}.{name.Key}");
        StartObject(writer, $"{path}.{mapKey}", mapKey);
        foreach (var (key, value) in map)
        {
            var at = $"{path}.{mapKey}.{key}";
            RequireValidText(key, at);
            writer.WritePropertyName(key);
            Value(writer, value, at);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Pipeline(Utf8JsonWriter writer, Pipeline pipeline, string path) => Array(writer, pipeline.Commands, path, Command);

    public static void Batch(Utf8JsonWriter writer, Batch batch, string path)
    {
        StartObject(writer, path);
        writer.WritePropertyName("pipelines");
        Array(writer, batch.Pipelines, $"{path}.pipelines", Pipeline);
        writer.WriteBoolean("stopOnError", batch.StopOnError);
        writer.WriteEndObject();
    }

    public static void Error(Utf8JsonWriter writer, ExchangeError error, string path)
    {
        StartObject(writer, path);
        writer.WriteString("category", error.Category.ToString());
        Member(writer, path, "message", error.Message);
        Member(writer, path, "errorId", error.ErrorId);
        Member(writer, path, "reason", error.Reason);
        if (error.TargetObject is not null)
        {
            Member(writer, path, "targetObject", error.TargetObject);
        }
        if (error.IsTransient)
        {
            writer.WriteBoolean("isTransient", true);
        }
        writer.WriteEndObject();
    }

    private static void PipelineResult(Utf8JsonWriter writer, PipelineResult result, string path)
    {
        StartObject(writer, path);
        if (!result.Ran)
        {
            writer.WriteBoolean("ran", false);
        }
        writer.WritePropertyName("objects");
        Array(writer, result.Objects, $"{path}.objects", Value);
        if (!result.Warnings.IsEmpty)
        {
            writer.WritePropertyName("warnings");
            Array(writer, result.Warnings, $"{path}.warnings", Text);
        }
        if (!result.Errors.IsEmpty)
        {
            writer.WritePropertyName("errors");
            Array(writer, result.Errors, $"{path}.errors", Error);
        }
        writer.WriteEndObject();
    }

    public static void Results(Utf8JsonWriter writer, BatchResult results, string path) => Array(writer, results.Results, path, PipelineResult);

    private static void Member(Utf8JsonWriter writer, string path, string name, string text)
    {
        writer.WritePropertyName(name);
        Text(writer, text, $"{path}.{name}");
    }

    private static void Text(Utf8JsonWriter writer, string text, string path)
    {
        RequireValidText(text, path);
        writer.WriteStringValue(text);
    }

    private static void Array<T>(Utf8JsonWriter writer, IEnumerable<T> items, string path, Action<Utf8JsonWriter, T, string> write)
    {
        RequireDepth(writer, path);
        writer.WriteStartArray();
        var index = 0;
        foreach (var item in items)
        {
            write(writer, item, $"{path}[{index++}]");
        }
        writer.WriteEndArray();
    }

    private static void StartObject(Utf8JsonWriter writer, string path, string? name = null)
    {
        RequireDepth(writer, path);
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }
    }

    private static void RequireDepth(Utf8JsonWriter writer, string path)
    {
        if (writer.CurrentDepth >= ExchangeJson.MaxDepth)
        {
            throw new ExchangeJsonException($"{path}: nested more than {ExchangeJson.MaxDepth} levels deep, more than the JSON form carries.");
        }
    }

    private static void RequireValidText(string text, string path)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw new ExchangeJsonException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: the text holds a lone surrogate (U+{(int)text[i]:X4} at index {i}), which is not valid UTF-16 and has no JSON form; remove it or complete the pair."));
            }
        }
    }
}
