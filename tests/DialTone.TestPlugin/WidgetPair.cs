using DialTone.Provider.Components;
using DialTone.Provider.Resources;
using DialTone.Provider.Values;

namespace DialTone.TestPlugin;

public record WidgetPairArgs
{
    [Property("Colour of both widgets.", Optional = true, Default = "green")]
    public string Colour { get; init; } = "green";

    [Property("Test switch: make only the first widget, so a later run without it shows the second one going.", Optional = true)]
    public bool? FirstOnly { get; init; }
}

public record WidgetPairOutputs
{
    [Property("Serial number of the first widget.")]
    public required string FirstSerial { get; init; }

    [Property("Id of the second widget; absent when only the first is made.", Optional = true)]
    public string? SecondId { get; init; }
}

/// <summary>Two widgets, the second labelled with the first's serial, so it is made after it (or the first alone).</summary>
[Resource("dialtonetest:index:WidgetPair", "A test component: two widgets, the second made after the first.")]
public sealed class WidgetPair : IComponent<WidgetPairArgs, WidgetPairOutputs>
{
    public async Task<PropertyMap> ConstructAsync(ComponentContext<WidgetPairArgs> context, CancellationToken cancel)
    {
        var first = await context.RegisterAsync("dialtonetest:index:Widget", $"{context.Name}-first",
            new WidgetArgs { Name = $"{context.Name}-first", Colour = context.Args.Colour }, cancel);
        var outputs = PropertyMap.Empty.With("firstSerial", first.Output("serial"));
        if (context.Args.FirstOnly == true)
        {
            return outputs;
        }
        var second = await context.RegisterAsync("dialtonetest:index:Widget", $"{context.Name}-second", PropertyMap.Empty
            .With("name", PropertyValue.String($"{context.Name}-second"))
            .With("colour", PropertyValue.String(context.Args.Colour))
            .With("labels", PropertyValue.Object(PropertyMap.Empty.With("after", first.Output("serial")))), cancel);
        return outputs.With("secondId", second.IdValue);
    }
}
