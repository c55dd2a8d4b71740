using System.Reflection;
using DialTone.Provider.Resources;
using DialTone.Provider.Resources.Model;

namespace DialTone.Provider.Components;

/// <summary>A component type reflected once: token, description and the shapes of its inputs and outputs.</summary>
public sealed record ComponentDescriptor(string Token, string Description, Type Implementation, ObjectShape Inputs, ObjectShape Outputs)
{
    public static ComponentDescriptor For(Type implementation)
    {
        var declared = implementation.GetCustomAttribute<ResourceAttribute>()
            ?? throw new DeclarationException($"{implementation.Name}: mark the component with [Resource(token, description)].");
        var component = ResourceDescriptor.Generic(implementation, typeof(IComponent<,>))
            ?? throw new DeclarationException($"{implementation.Name}: a component implements IComponent<TArgs, TOutputs>.");
        return new ComponentDescriptor(declared.Token, declared.Description, implementation,
            ShapeReflector.Object(component.GetGenericArguments()[0]), ShapeReflector.Object(component.GetGenericArguments()[1]));
    }
}
