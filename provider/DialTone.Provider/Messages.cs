namespace DialTone.Provider;

/// <summary>The provider's user-facing wording that is not tied to one declaration, in one place.</summary>
public static class Messages
{
    public const string Cancelled = "The operation was cancelled.";

    public static string ProviderBug(Exception exception) =>
        $"DialTone failed unexpectedly ({exception.GetType().Name}: {exception.Message}). This is a bug in the "
        + "provider, not in your program: please report it to the DialTone maintainers with this message; the "
        + "provider's log (pulumi --logflow -v=9) has the stack trace.";

    public static string UnknownResourceType(string type, IEnumerable<string> served) =>
        $"DialTone has no resource type '{type}'. The types it serves are: {Listing(served)}.";

    public static string Listing(IEnumerable<string> items)
    {
        var list = items.Select(item => $"'{item}'").ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
