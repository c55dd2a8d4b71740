using System.Collections.Immutable;
using Google.Protobuf.Collections;
using DialTone.Provider.Contracts;
using Wire = DialTone.Provider.Protocol;

namespace DialTone.Provider.Rpc;

/// <summary>The engine's request messages, turned into the provider's domain requests.</summary>
internal static class WireRequests
{
    public static HandshakeRequest ToDomain(Wire.ProviderHandshakeRequest request) => new(
        request.EngineAddress,
        request.HasRootDirectory ? request.RootDirectory : null,
        request.HasProgramDirectory ? request.ProgramDirectory : null);

    public static ConfigureRequest ToDomain(Wire.ConfigureRequest request) => new(
        ValueConverter.ToMap(request.Args),
        request.Variables.ToImmutableDictionary(),
        request.HasUrn ? request.Urn : null,
        request.HasId ? request.Id : null);

    public static CheckRequest ToDomain(Wire.CheckRequest request) => new(
        request.Urn, TypeOf(request.Type, request.Urn), NameOf(request.Name, request.Urn),
        ValueConverter.ToMap(request.Olds), ValueConverter.ToMap(request.News), request.RandomSeed.ToByteArray());

    public static DiffRequest ToDomain(Wire.DiffRequest request) => new(
        request.Id, request.Urn, TypeOf(request.Type, request.Urn), NameOf(request.Name, request.Urn),
        ValueConverter.ToMap(request.Olds), ValueConverter.ToMap(request.OldInputs), ValueConverter.ToMap(request.News),
        request.IgnoreChanges.ToImmutableArray());

    public static CreateRequest ToDomain(Wire.CreateRequest request) => new(
        request.Urn, TypeOf(request.Type, request.Urn), NameOf(request.Name, request.Urn),
        ValueConverter.ToMap(request.Properties), Timeout(request.Timeout), request.Preview);

    public static ReadRequest ToDomain(Wire.ReadRequest request) => new(
        request.Id, request.Urn, TypeOf(request.Type, request.Urn), NameOf(request.Name, request.Urn),
        ValueConverter.ToMap(request.Properties), ValueConverter.ToMapOrNull(request.Inputs));

    public static UpdateRequest ToDomain(Wire.UpdateRequest request) => new(
        request.Id, request.Urn, TypeOf(request.Type, request.Urn), NameOf(request.Name, request.Urn),
        ValueConverter.ToMap(request.Olds), ValueConverter.ToMap(request.OldInputs), ValueConverter.ToMap(request.News),
        request.IgnoreChanges.ToImmutableArray(), Timeout(request.Timeout), request.Preview);

    public static DeleteRequest ToDomain(Wire.DeleteRequest request) => new(
        request.Id, request.Urn, TypeOf(request.Type, request.Urn), NameOf(request.Name, request.Urn),
        ValueConverter.ToMap(request.Properties), ValueConverter.ToMap(request.OldInputs), Timeout(request.Timeout));

    public static ConstructRequest ToDomain(Wire.ConstructRequest request) => new(
        request.Project, request.Stack, request.Organization, request.Type, request.Name, request.Parent,
        WithInputDependencies(ValueConverter.ToMap(request.Inputs), request.InputDependencies),
        request.DryRun, request.MonitorEndpoint,
        request.Providers.ToImmutableDictionary(),
        request.Dependencies.ToImmutableArray(),
        new ResourceOptions(
            request.HasProtect ? request.Protect : null,
            request.HasRetainOnDelete ? request.RetainOnDelete : null,
            request.DeletedWith,
            request.IgnoreChanges.ToImmutableArray(),
            request.ReplaceOnChanges.ToImmutableArray(),
            request.AdditionalSecretOutputs.ToImmutableArray(),
            [.. request.Aliases.Select(ToDomain)],
            request.CustomTimeouts is { } timeouts
                ? new CustomTimeouts(timeouts.Create, timeouts.Update, timeouts.Delete, timeouts.Read)
                : null,
            request.HasDeleteBeforeReplace ? request.DeleteBeforeReplace : null,
            request.ReplaceWith.ToImmutableArray()));

    private static Alias ToDomain(Wire.Alias alias) => alias.AliasCase == Wire.Alias.AliasOneofCase.Urn
        ? new UrnAlias(alias.Urn)
        : new SpecAlias(alias.Spec.Name, alias.Spec.Type, alias.Spec.Stack, alias.Spec.Project,
            alias.Spec.ParentCase == Wire.Alias.Types.Spec.ParentOneofCase.ParentUrn ? alias.Spec.ParentUrn : null,
            alias.Spec.NoParent);

    // Older engines send dependencies beside the inputs instead of inside them as output values; fold them in so
    // a component sees one form.
    private static Values.PropertyMap WithInputDependencies(
        Values.PropertyMap inputs, MapField<string, Wire.ConstructRequest.Types.PropertyDependencies> dependencies) =>
        Values.PropertyMap.From(inputs.Select(input => KeyValuePair.Create(input.Key,
            dependencies.TryGetValue(input.Key, out var urns) && urns.Urns.Count > 0
                ? input.Value.WithDependencies(input.Value.Dependencies.Concat(urns.Urns))
                : input.Value)));

    private static TimeSpan? Timeout(double seconds) => seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;

    private static string TypeOf(string type, string urn) => type.Length > 0 ? type : Urn.Type(urn);

    private static string NameOf(string name, string urn) => name.Length > 0 ? name : Urn.Name(urn);
}
