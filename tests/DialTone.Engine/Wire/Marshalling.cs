namespace DialTone.Engine.Wire;

/// <summary>
/// Values as the engine marshals them for a receiver that accepts less (rpc.go MarshalPropertyValue with
/// KeepSecrets or KeepResources off, KeepOutputValues always off): a secret becomes its plain value, a resource
/// reference its id, or its URN when it has no id, and an output value its value, without its dependencies.
/// </summary>
internal static class Marshalling
{
    public static PropertyMap Marshal(PropertyMap map, bool keepSecrets, bool keepResources) =>
        PropertyMap.From(map.Select(entry => KeyValuePair.Create(entry.Key, Marshal(entry.Value, keepSecrets, keepResources))));

    public static PropertyValue Marshal(PropertyValue value, bool keepSecrets, bool keepResources)
    {
        var inner = value.Plain.Match(
            () => PropertyValue.Null,
            PropertyValue.Bool,
            PropertyValue.Number,
            PropertyValue.String,
            items => PropertyValue.Array(items.Select(item => Marshal(item, keepSecrets, keepResources))),
            map => PropertyValue.Object(Marshal(map, keepSecrets, keepResources)),
            PropertyValue.FromAsset,
            PropertyValue.FromArchive,
            reference => keepResources ? PropertyValue.FromResource(reference) : PropertyValue.String(reference.Id ?? reference.Urn),
            () => PropertyValue.Computed);
        return keepSecrets && value.IsSecret ? inner.WithSecret() : inner;
    }

    /// <summary>The value with every secret unwrapped, as the engine sends config to CheckConfig and DiffConfig.</summary>
    public static PropertyValue WithoutSecrets(PropertyValue value) => Marshal(value, keepSecrets: false, keepResources: true);
}
