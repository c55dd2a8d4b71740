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
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    Value(writer, item);
                }
                writer.WriteEndArray();
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

    public static void Object(Utf8JsonWriter writer, ExchangeObject obj)
    {
        writer.WriteStartObject();
        writer.WriteString("typeName", obj.TypeName);
        writer.WriteStartObject("properties");
        foreach (var property in obj.Properties)
        {
            writer.WritePropertyName(property.Name);
            Value(writer, property.Value);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void Command(Utf8JsonWriter writer, ExchangeCommand command)
    {
        writer.WriteStartObject();
        writer.WriteString("cmdlet", command.Cmdlet);
        writer.WriteStartObject("parameters");
        foreach (var parameter in command.Parameters)
        {
            writer.WritePropertyName(parameter.Name);
            Value(writer, parameter.Value);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void Pipeline(Utf8JsonWriter writer, Pipeline pipeline)
    {
        writer.WriteStartArray();
        foreach (var command in pipeline.Commands)
        {
            Command(writer, command);
        }
        writer.WriteEndArray();
    }

    public static void Batch(Utf8JsonWriter writer, Batch batch)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("pipelines");
        foreach (var pipeline in batch.Pipelines)
        {
            Pipeline(writer, pipeline);
        }
        writer.WriteEndArray();
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
        writer.WriteStartArray("objects");
        foreach (var obj in result.Objects)
        {
            Value(writer, obj);
        }
        writer.WriteEndArray();
        if (!result.Warnings.IsEmpty)
        {
            writer.WriteStartArray("warnings");
            foreach (var warning in result.Warnings)
            {
                writer.WriteStringValue(warning);
            }
            writer.WriteEndArray();
        }
        if (!result.Errors.IsEmpty)
        {
            writer.WriteStartArray("errors");
            foreach (var error in result.Errors)
            {
                Error(writer, error);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    public static void Results(Utf8JsonWriter writer, BatchResult results)
    {
        writer.WriteStartArray();
        foreach (var result in results.Results)
        {
            PipelineResult(writer, result);
        }
        writer.WriteEndArray();
    }
}
