using System.Diagnostics;
using System.Text.Json;
using DialTone.Provider.Host;
using DialTone.Provider.Resources;
using DialTone.Provider.Resources.Model;
using DialTone.Provider.Schema;
using DialTone.Provider.Tests.Harness;

namespace DialTone.Provider.Tests.Unit;

/// <summary>The schema written from declarations: which properties are required, and type names that collide.</summary>
public sealed class PackageSchemaTests
{
    public record Shelf
    {
        [Property("Where the shelf hangs.")]
        public required string Wall { get; init; }

        [Property("How many boards it has; Check fills in 2.", Default = 2)]
        public int Boards { get; init; } = 2;
    }

    public record CupboardArgs
    {
        [Property("The cupboard's shelf.")]
        public required Shelf Shelf { get; init; }
    }

    [Resource("t:index:Cupboard", "A cupboard.")]
    public sealed class Cupboard : IResource<CupboardArgs, CupboardArgs>
    {
        public Task<Created<CupboardArgs>> CreateAsync(CreateContext<CupboardArgs> context, CancellationToken cancel) =>
            throw new UnreachableException("Only the declaration is under test.");
    }

    public static class Kitchen
    {
        public record Part
        {
            [Property("A name.")]
            public required string Name { get; init; }
        }
    }

    public static class Garage
    {
        public record Part
        {
            [Property("A size.")]
            public required double Size { get; init; }
        }
    }

    public record MachineArgs
    {
        [Property("A kitchen part.")]
        public required Kitchen.Part First { get; init; }

        [Property("A garage part.")]
        public required Garage.Part Second { get; init; }
    }

    [Resource("t:index:Machine", "A machine.")]
    public sealed class Machine : IResource<MachineArgs, MachineArgs>
    {
        public Task<Created<MachineArgs>> CreateAsync(CreateContext<MachineArgs> context, CancellationToken cancel) =>
            throw new UnreachableException("Only the declaration is under test.");
    }

    private static ProviderDefinition Package(Type resource) => new("t", "T", "A test package.", [resource], []);

    [Fact]
    public void A_nested_property_with_a_default_is_not_required_as_on_a_resource()
    {
        using var schema = JsonDocument.Parse(PackageSchema.Write(Package(typeof(Cupboard))));

        Assert.Equal("""["wall"]""", schema.RootElement.GetProperty("types").GetProperty("t:index:Shelf").GetProperty("required").Compact());
    }

    [Fact]
    public void Two_records_of_one_name_are_refused_when_the_package_is_declared_instead_of_sharing_a_schema_type() =>
        Assert.Equal("DialTone.Provider.Tests.Unit.PackageSchemaTests+Kitchen+Part and "
            + "DialTone.Provider.Tests.Unit.PackageSchemaTests+Garage+Part would both be the schema type named Part: rename one of them.",
            Assert.Throws<DeclarationException>(() => Package(typeof(Machine))).Message);
}
