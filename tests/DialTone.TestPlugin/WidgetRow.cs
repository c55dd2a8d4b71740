using System.Collections.Immutable;
using DialTone.Provider.Components;
using DialTone.Provider.Resources;
using DialTone.Provider.Values;

namespace DialTone.TestPlugin;

public record WidgetRowArgs
{
    [Property("How many widgets the row holds.")]
    public required int Count { get; init; }

    [Property("Colour of every widget in the row.", Optional = true, Default = "blue")]
    public string Colour { get; init; } = "blue";

    [Property("Test switch: the row reports its colour unknown even outside a preview, as a bug would.", Optional = true)]
    public bool? LoseColour { get; init; }
}

public record WidgetRowOutputs
{
    [Property("Colour of the row.")]
    public required string Colour { get; init; }

    [Property("Ids of the widgets, in row order.")]
    public required ImmutableArray<string> Ids { get; init; }
}

/// <summary>
/// A row of widgets registered all at once and awaited in row order, so the first that fails ends the row while
/// the others are still being made.
/// </summary>
[Resource("dialtonetest:index:WidgetRow", "A test component: a row of widgets made at once.")]
public sealed class WidgetRow : IComponent<WidgetRowArgs, WidgetRowOutputs>
{
    public async Task<PropertyMap> ConstructAsync(ComponentContext<WidgetRowArgs> context, CancellationToken cancel)
    {
        var widgets = Enumerable.Range(0, context.Args.Count)
            .Select(index => context.RegisterAsync("dialtonetest:index:Widget", $"{context.Name}-{index}",
                new WidgetArgs { Name = $"{context.Name}-{index}", Colour = context.Args.Colour }, cancel))
            .ToList();
        var ids = new List<PropertyValue>();
        foreach (var widget in widgets)
        {
            ids.Add((await widget).IdValue);
        }
        return PropertyMap.Empty
            .With("colour", context.Args.LoseColour == true ? PropertyValue.Computed : PropertyValue.String(context.Args.Colour))
            .With("ids", PropertyValue.Array(ids));
    }
}
