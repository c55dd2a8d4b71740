using System.Text.Json;

namespace DialTone.Provider.Tests.Harness;

internal static class JsonElementExtensions
{
    /// <summary>The element as compact JSON, to compare with a literal.</summary>
    public static string Compact(this JsonElement element) => JsonSerializer.Serialize(element);
}
