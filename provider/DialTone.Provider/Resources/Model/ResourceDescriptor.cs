using System.Reflection;

namespace DialTone.Provider.Resources.Model;

/// <summary>
/// A resource type reflected once: its token and description, the shapes of its inputs and outputs, and which
/// capabilities it implements. The schema, Check, Diff and the CRUD dispatch all read this.
/// </summary>
public sealed record ResourceDescriptor(
    string Token,
    string Description,
    Type Implementation,
    ObjectShape Inputs,
    ObjectShape Outputs,
    bool CanUpdate,
    bool CanRead,
    bool CanDelete)
{
    public static ResourceDescriptor For(Type implementation)
    {
        var declared = implementation.GetCustomAttribute<ResourceAttribute>()
            ?? throw new DeclarationException($"{implementation.Name}: mark the resource with [Resource(token, description)].");
        var resource = Generic(implementation, typeof(IResource<,>))
            ?? throw new DeclarationException($"{implementation.Name}: a resource implements IResource<TArgs, TState>.");
        var (args, state) = (resource.GetGenericArguments()[0], resource.GetGenericArguments()[1]);
        return new ResourceDescriptor(declared.Token, declared.Description, implementation,
            ShapeReflector.Object(args), ShapeReflector.Object(state),
            Generic(implementation, typeof(IUpdatable<,>)) is not null,
            Generic(implementation, typeof(IReadable<,>)) is not null,
            Generic(implementation, typeof(IDeletable<>)) is not null);
    }

    /// <summary>The names of outputs that are also inputs: echoed from the inputs in a preview, and on import.</summary>
    public IEnumerable<string> EchoedInputs => Outputs.Names.Intersect(Inputs.Names);

    internal static Type? Generic(Type implementation, Type definition) => implementation.GetInterfaces()
        .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == definition);
}
