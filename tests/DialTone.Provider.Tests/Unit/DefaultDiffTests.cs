using System.Diagnostics;
using DialTone.Provider.Contracts;
using DialTone.Provider.Resources;
using DialTone.Provider.Resources.Model;
using DialTone.Provider.Values;

namespace DialTone.Provider.Tests.Unit;

/// <summary>How the default Diff replaces a resource that cannot exist twice at once.</summary>
public sealed class DefaultDiffTests
{
    public record DatabaseArgs
    {
        [Property("The database's name, unique in the organization.", ReplaceOnChanges = true)]
        public required string Name { get; init; }

        [Property("How many mailboxes it may hold.", Optional = true)]
        public int? Quota { get; init; }
    }

    [Resource("t:index:Database", "A database whose name is unique.", DeleteBeforeReplace = true)]
    public sealed class Database : IResource<DatabaseArgs, DatabaseArgs>, IUpdatable<DatabaseArgs, DatabaseArgs>
    {
        public Task<Created<DatabaseArgs>> CreateAsync(CreateContext<DatabaseArgs> context, CancellationToken cancel) =>
            throw new UnreachableException("Only the declaration is under test.");

        public Task<DatabaseArgs> UpdateAsync(UpdateContext<DatabaseArgs, DatabaseArgs> context, CancellationToken cancel) =>
            throw new UnreachableException("Only the declaration is under test.");
    }

    private static readonly PropertyMap Old = PropertyMap.Empty.With("name", PropertyValue.String("DB01")).With("quota", PropertyValue.Number(10));

    private static DiffResponse Diff(PropertyMap news) => DefaultDiff.Diff(ResourceDescriptor.For(typeof(Database)), Old, news, []);

    [Fact]
    public void A_replacement_of_a_resource_declared_delete_before_replace_deletes_the_old_one_first()
    {
        var diff = Diff(Old.With("name", PropertyValue.String("DB02")));

        Assert.Equal(["name"], diff.Replaces);
        Assert.True(diff.DeleteBeforeReplace);
    }

    [Fact]
    public void An_update_in_place_asks_for_no_delete()
    {
        var diff = Diff(Old.With("quota", PropertyValue.Number(20)));

        Assert.Equal((DiffChanges.Some, false), (diff.Changes, diff.DeleteBeforeReplace));
    }
}
