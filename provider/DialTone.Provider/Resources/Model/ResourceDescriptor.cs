using System.Reflection;

namespace DialTone.Provider.Resources.Model;

/// <summary>
/// A resource type reflected once: its token and description, the shapes of its inputs and outputs, whether it can
/// update in place, and how it is replaced. The schema, Check, Diff and the CRUD dispatch all read this.
/// </summary>
/// <param name="DeleteBeforeReplace">A replacement deletes the old resource first (see <see cref="ResourceAttribute"/>).</param>
public sealed record ResourceDescriptor(
    string Token,
    string Description,
    Type Implementation,
    ObjectShape Inputs,
    ObjectShape Outputs,
    bool CanUpdate,
    bool DeleteBeforeReplace)
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
            declared.DeleteBeforeReplace);
    }

    internal static Type? Generic(Type implementation, Type definition) => implementation.GetInterfaces()
        .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == definition);
}
