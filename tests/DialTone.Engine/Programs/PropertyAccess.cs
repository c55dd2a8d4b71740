using System.Text;

namespace DialTone.Engine.Programs;

/// <summary>
/// A property path as the engine parses it (resource.ParsePropertyPath): names joined by '.', indices in brackets,
/// and quoted keys for names that are not identifiers: <c>labels.after</c>, <c>parts[0].name</c>,
/// <c>labels["odd.key"]</c>. Used for ignoreChanges and for YAML's <c>${resource.property}</c> accessors.
/// </summary>
internal sealed record PropertyAccess(ImmutableArray<object> Steps)
{
    public string TopLevel => (string)Steps[0];

    /// <summary>The path, or null where the text is not one (the engine passes over such a path where it can).</summary>
    public static PropertyAccess? TryParse(string text)
    {
        try
        {
            return Parse(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static PropertyAccess Parse(string text)
    {
        var steps = ImmutableArray.CreateBuilder<object>();
        var at = 0;
        while (at < text.Length)
        {
            if (text[at] == '[')
            {
                at = text.IndexOf(']', at) is var close and > 0 ? ParseBracket(text, at, close, steps) : throw Bad(text, "an unclosed '['");
            }
            else
            {
                if (text[at] == '.')
                {
                    at = steps.Count > 0 ? at + 1 : throw Bad(text, "a leading '.'");
                }
                var end = text.IndexOfAny(['.', '['], at);
                end = end < 0 ? text.Length : end;
                steps.Add(end > at ? text[at..end] : throw Bad(text, "an empty name"));
                at = end;
            }
        }
        return steps.Count > 0 && steps[0] is string ? new PropertyAccess(steps.ToImmutable()) : throw Bad(text, "no property name first");
    }

    /// <summary>The value at this path, or null where the path leads nowhere; unknown once it meets an unknown.</summary>
    public PropertyValue? Get(PropertyValue root)
    {
        var current = root;
        var secret = false;
        foreach (var step in Steps)
        {
            if (current.IsComputed)
            {
                return PropertyValue.Computed.WithSecret(secret);
            }
            secret |= current.IsSecret;
            PropertyValue? next = (step, current.Plain) switch
            {
                (string name, var value) when value.TryGetObject(out var map) => map.TryGetValue(name, out var found) ? found : null,
                (int index, var value) when value.TryGetArray(out var items) => index < items.Length ? items[index] : null,
                _ => null,
            };
            if (next is null)
            {
                return null;
            }
            current = next;
        }
        return current.WithSecret(secret || current.IsSecret);
    }

    /// <summary>
    /// Sets this path in <paramref name="news"/> back to its value in <paramref name="olds"/> (the engine's
    /// processIgnoreChanges). False when either side lacks the path's parent, which the engine reports and skips.
    /// </summary>
    public bool Reset(PropertyMap olds, ref PropertyMap news)
    {
        var old = Get(PropertyValue.Object(olds));
        var replaced = Set(PropertyValue.Object(news), 0, old);
        if (replaced is null || !replaced.TryGetObject(out var map))
        {
            return false;
        }
        news = map;
        return true;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var step in Steps)
        {
            text.Append(step is int index ? $"[{index}]" : text.Length == 0 ? step : $".{step}");
        }
        return text.ToString();
    }

    // Returns the container with the step replaced (null value = removed), or null when the path does not exist.
    private PropertyValue? Set(PropertyValue container, int depth, PropertyValue? value)
    {
        var last = depth == Steps.Length - 1;
        switch (Steps[depth], container.Plain)
        {
            case (string name, var plain) when plain.TryGetObject(out var map):
                var child = map.TryGetValue(name, out var found) ? found : null;
                var updated = last ? value : child is null ? null : Set(child, depth + 1, value);
                if (!last && updated is null)
                {
                    return null;
                }
                var result = updated is null ? map.Without(name) : map.With(name, updated);
                return PropertyValue.Object(result).WithSecret(container.IsSecret);
            case (int index, var plain) when plain.TryGetArray(out var items) && index < items.Length:
                var item = last ? value : Set(items[index], depth + 1, value);
                return item is null ? null : PropertyValue.Array(items.SetItem(index, item)).WithSecret(container.IsSecret);
            default:
                return null;
        }
    }

    private static int ParseBracket(string text, int open, int close, ImmutableArray<object>.Builder steps)
    {
        var inside = text[(open + 1)..close];
        if (inside.Length >= 2 && inside[0] == '"' && inside[^1] == '"')
        {
            steps.Add(inside[1..^1].Replace("\\\"", "\"").Replace("\\\\", "\\"));
        }
        else if (int.TryParse(inside, out var index) && index >= 0)
        {
            steps.Add(index);
        }
        else
        {
            throw Bad(text, $"'[{inside}]', which is neither an index nor a quoted key");
        }
        return close + 1;
    }

    private static FormatException Bad(string text, string problem) =>
        new($"The property path '{text}' has {problem}.");
}
