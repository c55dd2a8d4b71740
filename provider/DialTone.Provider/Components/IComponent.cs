using DialTone.Provider.Values;

namespace DialTone.Provider.Components;

/// <summary>
/// A component: built by Construct from child resources registered through its <see cref="ComponentContext{TArgs}"/>.
/// TOutputs declares the outputs for the schema; the component returns their values, which may be unknown in a
/// preview and carry the children they came from as dependencies.
/// </summary>
public interface IComponent<TArgs, TOutputs>
    where TArgs : class
    where TOutputs : class
{
    Task<PropertyMap> ConstructAsync(ComponentContext<TArgs> context, CancellationToken cancel);
}
