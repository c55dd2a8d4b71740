namespace DialTone.Engine.Programs;

internal static class PropertyMaps
{
    /// <summary>The values without their dependencies at any depth, as the engine keeps a custom resource's inputs.</summary>
    public static PropertyMap WithoutDependencies(this PropertyMap map) =>
        PropertyMap.From(map.Select(entry => KeyValuePair.Create(entry.Key, entry.Value.WithoutDependencies())));
}
