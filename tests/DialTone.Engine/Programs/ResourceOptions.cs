
namespace DialTone.Engine.Programs;

/// <summary>
/// The resource options the harness carries from a program to the engine, as Pulumi's SDKs send them in
/// RegisterResource. Resources are named by their names in the program.
/// </summary>
internal sealed record ResourceOptions
{
    public static ResourceOptions None { get; } = new();

    /// <summary>Resources this one waits for and depends on, beyond those its inputs read.</summary>
    public ImmutableArray<string> DependsOn { get; init; } = [];

    public bool? Protect { get; init; }

    /// <summary>Property paths whose changes are ignored: their old inputs are kept (see <see cref="PropertyAccess"/>).</summary>
    public ImmutableArray<string> IgnoreChanges { get; init; } = [];

    /// <summary>Overrides the provider's choice of replacement order when set.</summary>
    public bool? DeleteBeforeReplace { get; init; }

    public bool? RetainOnDelete { get; init; }

    /// <summary>The id of an existing resource to adopt instead of creating one (the <c>import</c> option).</summary>
    public string? Import { get; init; }

    /// <summary>Outputs the engine saves secret whatever the provider returns.</summary>
    public ImmutableArray<string> AdditionalSecretOutputs { get; init; } = [];

    /// <summary>The resource this one is a child of; the stack when null.</summary>
    public string? Parent { get; init; }
}
