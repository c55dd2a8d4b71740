using System.Diagnostics;
using DialTone.Provider.Contracts;
using DialTone.Provider.Host;
using DialTone.Provider.Resources;
using DialTone.Provider.Resources.Model;
using DialTone.Provider.Values;

namespace DialTone.Provider.Tests.Unit;

/// <summary>What the model does for a resource that implements only Create (README, "Adding a resource").</summary>
public sealed class OptInCapabilityTests
{
    public record NoteArgs
    {
        [Property("Text of the note.")]
        public required string Text { get; init; }
    }

    [Resource("t:index:Note", "A note that can only be made.")]
    public sealed class Note : IResource<NoteArgs, NoteArgs>
    {
        public Task<Created<NoteArgs>> CreateAsync(CreateContext<NoteArgs> context, CancellationToken cancel) =>
            throw new UnreachableException("Only the declaration is under test.");
    }

    private const string NoteUrn = "urn:pulumi:dev::p::t:index:Note::n";

    private static readonly ResourceHandler<NoteArgs, NoteArgs> Handler =
        new(ResourceDescriptor.For(typeof(Note)), new Note(), new EngineLog(TextWriter.Null));

    private static readonly PropertyMap Saved = PropertyMap.Empty.With("text", PropertyValue.String("hello"));

    [Fact]
    public async Task Without_update_a_changed_input_replaces_the_resource()
    {
        var news = Saved.With("text", PropertyValue.String("bye"));

        var diff = await Handler.DiffAsync(new DiffRequest("n-1", NoteUrn, "t:index:Note", "n", Saved, Saved, news, []), default);

        Assert.Equal(["text"], diff.Replaces);
    }

    [Fact]
    public async Task Without_read_a_refresh_keeps_the_last_state()
    {
        var read = await Handler.ReadAsync(new ReadRequest("n-1", NoteUrn, "t:index:Note", "n", Saved, Saved), default);

        Assert.Equal(("n-1", Saved, Saved), (read.Id, read.Properties, read.Inputs));
    }

    [Fact]
    public async Task Without_read_an_import_fails_cleanly_naming_the_type()
    {
        var error = await Assert.ThrowsAsync<OperationFailedException>(() =>
            Handler.ReadAsync(new ReadRequest("n-1", NoteUrn, "t:index:Note", "n", PropertyMap.Empty, null), default));

        Assert.Equal("t:index:Note cannot be imported or read by its id: it does not implement reading its state (a refresh keeps the state it has).", error.Message);
    }

    [Fact]
    public async Task Without_delete_deleting_only_forgets_the_resource()
    {
        var deleting = Handler.DeleteAsync(new DeleteRequest("n-1", NoteUrn, "t:index:Note", "n", Saved, Saved, null), default);

        Assert.Null(await Record.ExceptionAsync(() => deleting));
    }
}
