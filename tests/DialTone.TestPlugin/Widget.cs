using System.Collections.Immutable;
using System.Text.Json;
using DialTone.Provider.Host;
using DialTone.Provider.Resources;
using DialTone.Provider.Values;

namespace DialTone.TestPlugin;

public enum WidgetShape
{
    Round,
    Square,
}

public record WidgetPart
{
    [Property("Name of the part, unique within the widget.")]
    public required string Name { get; init; }

    [Property("Size of the part in millimetres.", Optional = true)]
    public double? Size { get; init; }
}

public record WidgetArgs
{
    [Property("Name of the widget; changing it makes a new widget.", ReplaceOnChanges = true)]
    public required string Name { get; init; }

    [Property("Colour of the widget.", Optional = true, Default = "blue")]
    public string Colour { get; init; } = "blue";

    [Property("Shape of the widget.", Optional = true, Default = nameof(WidgetShape.Round))]
    public WidgetShape Shape { get; init; }

    [Property("How many widgets the box holds.", Optional = true)]
    public int? Count { get; init; }

    [Property("Labels, name to value.", Optional = true)]
    public ImmutableDictionary<string, string>? Labels { get; init; }

    [Property("The widget's parts.", Optional = true)]
    public ImmutableArray<WidgetPart>? Parts { get; init; }

    [Property("Password that opens the widget.", Optional = true, Secret = true)]
    public string? Password { get; init; }

    [Property("Test switch: the widget is made, or changed to have it set, then fails its inspection (a partial failure).", Optional = true)]
    public bool? FailInspection { get; init; }

    [Property("Test switch: milliseconds making the widget takes.", Optional = true)]
    public int? MakingMilliseconds { get; init; }
}

public record WidgetState : WidgetArgs
{
    [Property("Serial number given when the widget is made.")]
    public required string Serial { get; init; }

    [Property("How many characters the password has.", Optional = true, Secret = true, RecomputedOnUpdate = true)]
    public int? PasswordLength { get; init; }
}

/// <summary>A widget kept as a JSON file next to the configured lab database.</summary>
[Resource("dialtonetest:index:Widget", "A test widget, kept as a JSON file beside the configured lab database.")]
public sealed class Widget(ProviderSession session)
    : IResource<WidgetArgs, WidgetState>, IUpdatable<WidgetArgs, WidgetState>, IReadable<WidgetArgs, WidgetState>,
      IDeletable<WidgetState>, IValidatable<WidgetArgs>
{
    public IEnumerable<(PropertyPath Path, string Reason)> Validate(WidgetArgs args) =>
        (args.Parts ?? []).Select((part, index) => (part, index))
            .Where(entry => args.Parts!.Value.Take(entry.index).Any(earlier => earlier.Name == entry.part.Name))
            .Select(entry => (PropertyPath.Root("parts").AtIndex(entry.index).AtName("name"),
                $"part name '{entry.part.Name}' is used twice; give each part its own name."));

    public async Task<Created<WidgetState>> CreateAsync(CreateContext<WidgetArgs> context, CancellationToken cancel)
    {
        await context.Resource.ProgressAsync($"Making widget {context.Args.Name}", cancel);
        await PluginSwitches.WaitForCreatesTogetherAsync(cancel);
        await Task.Delay(context.Args.MakingMilliseconds ?? 0, cancel);
        var id = $"widget-{Guid.NewGuid():N}";
        var state = Save(id, State(context.Args, $"SN-{id[7..15]}"));
        return context.Args.FailInspection == true
            ? throw new PartialFailureException<WidgetState>(PluginSwitches.PartialCreateWithoutId ? "" : id, state,
                $"widget {context.Args.Name} was made but failed its inspection")
            : new Created<WidgetState>(id, state);
    }

    public Task<WidgetState> UpdateAsync(UpdateContext<WidgetArgs, WidgetState> context, CancellationToken cancel)
    {
        var state = Save(context.Id, State(context.News, context.OldState.Serial));
        return context.News.FailInspection == true && context.OldState.FailInspection != true
            ? throw new PartialFailureException<WidgetState>(context.Id, state, $"widget {context.News.Name} was changed but failed its inspection")
            : Task.FromResult(state);
    }

    public async Task<Read<WidgetArgs, WidgetState>?> ReadAsync(ReadContext<WidgetArgs, WidgetState> context, CancellationToken cancel) =>
        File.Exists(PathOf(context.Id))
            ? new Read<WidgetArgs, WidgetState>(context.Id,
                JsonSerializer.Deserialize<WidgetState>(await File.ReadAllTextAsync(PathOf(context.Id), cancel))!)
            : null;

    public Task DeleteAsync(DeleteContext<WidgetState> context, CancellationToken cancel)
    {
        File.Delete(PathOf(context.Id));
        return Task.CompletedTask;
    }

    private static WidgetState State(WidgetArgs args, string serial) => new()
    {
        Name = args.Name, Colour = args.Colour, Shape = args.Shape, Count = args.Count, Labels = args.Labels,
        Parts = args.Parts, Password = args.Password, FailInspection = args.FailInspection,
        MakingMilliseconds = args.MakingMilliseconds, Serial = serial, PasswordLength = args.Password?.Length,
    };

    private WidgetState Save(string id, WidgetState state)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(id))!);
        File.WriteAllText(PathOf(id), JsonSerializer.Serialize(state));
        return state;
    }

    private string PathOf(string id) => Path.Combine(session.Settings.LabPath + ".widgets", id + ".json");
}
