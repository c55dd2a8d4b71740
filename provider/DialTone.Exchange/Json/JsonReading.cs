using System.Globalization;
using System.Text.Json;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Json;

/// <summary>Reads the command model's JSON form; every failure names the JSON path and what was expected there.</summary>
internal static class JsonReading
{
    public static ExchangeValue Value(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String => new StringValue(String(element, path)),
        JsonValueKind.Number => element.TryGetInt64(out var number) ? new IntegerValue(number) : throw Expected(path, "a whole number"),
        JsonValueKind.True => new BooleanValue(true),
        JsonValueKind.False => new BooleanValue(false),
        JsonValueKind.Null => ExchangeValue.Null,
        JsonValueKind.Array => new ArrayValue(element.EnumerateArray().Select((item, i) => Value(item, $"{path}[{i}]")).ToEquatableArray()),
        JsonValueKind.Object => Tagged(element, path),
        _ => throw Expected(path, "a value"),
    };

    private static ExchangeValue Tagged(JsonElement element, string path)
    {
        var properties = element.EnumerateObject().ToList();
        if (properties.Count != 1)
        {
            throw Expected(path, "a string, number, Boolean, null, array, or an object with one of the keys "
                + "switch, guid, dateTime, bytes, unlimited, timeSpan, scriptBlock, object");
        }
        var (tag, content) = (Name(properties[0], path), properties[0].Value);
        var at = $"{path}.{tag}";
        return tag switch
        {
            JsonTags.Switch => new SwitchValue(Boolean(content, at)),
            JsonTags.Guid => Guid.TryParseExact(String(content, at), "D", out var guid) ? new GuidValue(guid) : throw Expected(at, "a GUID"),
            JsonTags.DateTime => DateTimeOffset.TryParseExact(String(content, at), "o", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new DateTimeValue(date) : throw Expected(at, "a round-trip (\"o\") date"),
            JsonTags.Bytes => content.ValueKind == JsonValueKind.Number && content.TryGetUInt64(out var bytes)
                ? new ByteSizeValue(bytes) : throw Expected(at, "a byte count"),
            JsonTags.Unlimited => Boolean(content, at) ? ExchangeValue.Unlimited : throw Expected(at, "true"),
            JsonTags.TimeSpan => TimeSpan.TryParseExact(String(content, at), "c", CultureInfo.InvariantCulture, out var span)
                ? new TimeSpanValue(span) : throw Expected(at, "a time span (d.hh:mm:ss)"),
            JsonTags.ScriptBlock => new ScriptBlockValue(Pipeline(content, at)),
            JsonTags.Object => new ObjectValue(Object(content, at)),
            _ => throw Expected(path, $"a known value tag, not '{tag}'"),
        };
    }

    public static ExchangeObject Object(JsonElement element, string path) => NamedMap(element, path, "typeName", "properties",
        (typeName, properties) => new ExchangeObject(typeName, properties.Select(p => new ExchangeProperty(p.Key, p.Value)).ToEquatableArray()));

    public static ExchangeCommand Command(JsonElement element, string path) => NamedMap(element, path, "cmdlet", "parameters",
        (cmdlet, parameters) => new ExchangeCommand(cmdlet, parameters.Select(p => new CommandParameter(p.Key, p.Value)).ToEquatableArray()));

    /// <summary>Reads <c>{"name":"…","map":{"key":VALUE,…}}</c> (objects and commands) and builds the model from it.</summary>
    private static T NamedMap<T>(JsonElement element, string path, string nameKey, string mapKey,
        Func<string, IEnumerable<KeyValuePair<string, ExchangeValue>>, T> create)
    {
        OnlyKeys(element, path, nameKey, mapKey);
        var name = String(Member(element, path, nameKey, JsonValueKind.String), $"{path}.{nameKey}");
        var map = Member(element, path, mapKey, JsonValueKind.Object).EnumerateObject()
            .Select(p => (Key: Name(p, $"{path}.{mapKey}"), p.Value))
            .Select(p => KeyValuePair.Create(p.Key, Value(p.Value, $"{path}.{mapKey}.{p.Key}"))).ToList();
        return Construct(path, () => create(name, map));
    }

    public static Pipeline Pipeline(JsonElement element, string path)
    {
        RequireKind(element, path, JsonValueKind.Array, "an array of commands");
        var commands = element.EnumerateArray().Select((command, i) => Command(command, $"{path}[{i}]")).ToEquatableArray();
        return Construct(path, () => new Pipeline(commands));
    }

    public static Batch Batch(JsonElement element, string path)
    {
        OnlyKeys(element, path, "pipelines", "stopOnError");
        var pipelines = Member(element, path, "pipelines", JsonValueKind.Array)
            .EnumerateArray().Select((pipeline, i) => Pipeline(pipeline, $"{path}.pipelines[{i}]")).ToEquatableArray();
        var stop = element.TryGetProperty("stopOnError", out var stopOnError) && Boolean(stopOnError, $"{path}.stopOnError");
        return new Batch(pipelines, stop);
    }

    public static ExchangeError Error(JsonElement element, string path)
    {
        OnlyKeys(element, path, "category", "message", "errorId", "reason", "targetObject", "isTransient");
        var category = String(Member(element, path, "category", JsonValueKind.String), $"{path}.category");
        return new ExchangeError(
            // By name only: Enum.Parse would also take a number ("5").
            Enum.IsDefined(typeof(ErrorCategory), category) ? Enum.Parse<ErrorCategory>(category) : throw Expected($"{path}.category", "a PowerShell error category by name"),
            String(Member(element, path, "message", JsonValueKind.String), $"{path}.message"),
            String(Member(element, path, "errorId", JsonValueKind.String), $"{path}.errorId"),
            String(Member(element, path, "reason", JsonValueKind.String), $"{path}.reason"),
            element.TryGetProperty("targetObject", out var target) ? String(target, $"{path}.targetObject") : null,
            element.TryGetProperty("isTransient", out var transient) && Boolean(transient, $"{path}.isTransient"));
    }

    public static PipelineResult PipelineResult(JsonElement element, string path)
    {
        RequireKind(element, path, JsonValueKind.Object, "a pipeline result");
        OnlyKeys(element, path, "objects", "warnings", "errors", "ran");
        return new PipelineResult(
            Array(element, path, "objects").Select((item, i) => Value(item, $"{path}.objects[{i}]")).ToEquatableArray(),
            Array(element, path, "warnings").Select((item, i) => String(item, $"{path}.warnings[{i}]")).ToEquatableArray(),
            Array(element, path, "errors").Select((item, i) => Error(item, $"{path}.errors[{i}]")).ToEquatableArray(),
            !element.TryGetProperty("ran", out var ran) || Boolean(ran, $"{path}.ran"));
    }

    public static BatchResult Results(JsonElement element, string path)
    {
        RequireKind(element, path, JsonValueKind.Array, "an array of pipeline results");
        return new BatchResult(element.EnumerateArray().Select((result, i) => PipelineResult(result, $"{path}[{i}]")).ToEquatableArray());
    }

    public static JsonElement Member(JsonElement element, string path, string name, JsonValueKind kind)
    {
        RequireKind(element, path, JsonValueKind.Object, "an object");
        if (!element.TryGetProperty(name, out var member) || member.ValueKind != kind)
        {
            throw Expected($"{path}.{name}", kind == JsonValueKind.Object ? "an object" : $"a {kind.ToString().ToLowerInvariant()}");
        }
        return member;
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string path, string name) =>
        element.TryGetProperty(name, out _) ? Member(element, path, name, JsonValueKind.Array).EnumerateArray() : [];

    /// <summary>Refuses keys the form does not have, rather than dropping what the sender meant.</summary>
    public static void OnlyKeys(JsonElement element, string path, params string[] keys)
    {
        RequireKind(element, path, JsonValueKind.Object, "an object");
        foreach (var property in element.EnumerateObject())
        {
            var name = Name(property, path);
            if (!keys.Contains(name))
            {
                throw Expected(path, $"only the keys {string.Join(", ", keys)}, not '{name}'");
            }
        }
    }

    // GetString throws InvalidOperationException on text that is not valid UTF-16 (an escaped lone surrogate, "\ud800").
    private static string String(JsonElement element, string path) => element.ValueKind == JsonValueKind.String
        ? ValidText(element.GetString, path)
        : throw Expected(path, "a string");

    private static string Name(JsonProperty property, string path) => ValidText(() => property.Name, path);

    private static string ValidText(Func<string?> read, string path)
    {
        try
        {
            return read()!;
        }
        catch (InvalidOperationException)
        {
            throw Expected(path, "text that is valid UTF-16 (a lone surrogate has no form in the command model)");
        }
    }

    private static bool Boolean(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Expected(path, "true or false"),
    };

    private static void RequireKind(JsonElement element, string path, JsonValueKind kind, string what)
    {
        if (element.ValueKind != kind)
        {
            throw Expected(path, what);
        }
    }

    // The model's constructors check names and uniqueness; their complaint is reported at the JSON path.
    private static T Construct<T>(string path, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException invalid)
        {
            throw new ExchangeJsonException($"{path}: {invalid.Message.Split(" (Parameter")[0]}");
        }
    }

    public static ExchangeJsonException Expected(string path, string what) => new($"{path}: expected {what}.");
}
