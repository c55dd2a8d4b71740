namespace DialTone.Exchange.Json;

/// <summary>The keys of the one-key objects that carry the value kinds JSON has no type for.</summary>
internal static class JsonTags
{
    public const string Switch = "switch";
    public const string Guid = "guid";
    public const string DateTime = "dateTime";
    public const string Bytes = "bytes";
    public const string Unlimited = "unlimited";
    public const string TimeSpan = "timeSpan";
    public const string ScriptBlock = "scriptBlock";
    public const string Object = "object";
}
