using System.Security.Cryptography;
using DialTone.Engine.Programs;
using DialTone.Engine.Wire;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Deployments;

/// <summary>
/// The calls the engine makes while it generates steps, with what it does around them (step_generator.go):
/// ignoreChanges applied before Check, Check failures reported per property, and Diff's DIFF_UNKNOWN turned
/// into the engine's own comparison of old and new inputs.
/// </summary>
internal static class ResourceCalls
{
    /// <summary>
    /// Resets each ignored path of the new inputs to its old value (processIgnoreChanges); a path that does not
    /// parse is passed over.
    /// </summary>
    public static PropertyMap IgnoreChanges(Deployment deployment, string urn, ImmutableArray<string> paths, PropertyMap olds,
        PropertyMap news)
    {
        var invalid = new List<string>();
        foreach (var path in paths)
        {
            if (PropertyAccess.TryParse(path) is { } access && !access.Reset(olds, ref news))
            {
                invalid.Add(path);
            }
        }
        if (invalid.Count > 0)
        {
            deployment.Report(DiagnosticSeverity.Info, urn,
                $"cannot ignore changes in added or removed elements of the path: \"{string.Join(", ", invalid)}\"");
        }
        return news;
    }

    public static async Task<PropertyMap> CheckAsync(Deployment deployment, ProviderInstance provider, ResourceState resource,
        PropertyMap olds, PropertyMap news)
    {
        var response = await provider.Client.CheckAsync(new CheckRequest
        {
            Urn = resource.Urn, Name = resource.Name, Type = resource.Type, Olds = ValueConverter.ToStruct(olds),
            News = ValueConverter.ToStruct(news), RandomSeed = Google.Protobuf.ByteString.CopyFrom(RandomNumberGenerator.GetBytes(32)),
        });
        if (response.Failures.Count > 0)
        {
            foreach (var failure in response.Failures)
            {
                deployment.Report(DiagnosticSeverity.Error, resource.Urn,
                    EngineMessages.CheckFailure(resource.Type, resource.Name, failure, news));
            }
            throw deployment.Fail(resource.Urn, EngineMessages.Invalid(resource.Urn));
        }
        var inputs = response.Inputs is null
            ? throw deployment.Fail(resource.Urn, $"Check of {resource.Urn} returned no inputs")
            : ValueConverter.ToMap(response.Inputs);
        return !deployment.DryRun && UnknownValues.Rejection(inputs) is { } rejected ? throw deployment.Fail(resource.Urn, rejected) : inputs;
    }

    public static async Task<DiffResult> DiffAsync(Deployment deployment, ProviderInstance provider, ResourceState resource,
        PropertyMap oldOutputs, PropertyMap oldInputs, PropertyMap news, ImmutableArray<string> ignoreChanges)
    {
        var request = new DiffRequest
        {
            Id = resource.Id, Urn = resource.Urn, Name = resource.Name, Type = resource.Type,
            Olds = ValueConverter.ToStruct(oldOutputs), OldInputs = ValueConverter.ToStruct(oldInputs), News = ValueConverter.ToStruct(news),
        };
        request.IgnoreChanges.AddRange(ignoreChanges);
        var diff = DiffResult.From(await provider.Client.DiffAsync(request));
        if (diff.Changes == DiffResponse.Types.DiffChanges.DiffUnknown)
        {
            var compared = IgnoreChanges(deployment, resource.Urn, ignoreChanges, oldInputs, news);
            ImmutableArray<string> changed = [.. oldInputs.Keys.Union(compared.Keys)
                .Where(key => !Marshalling.WithoutSecrets(oldInputs.Get(key)).Equals(Marshalling.WithoutSecrets(compared.Get(key))))];
            diff = diff with
            {
                Changes = changed.Length > 0 ? DiffResponse.Types.DiffChanges.DiffSome : DiffResponse.Types.DiffChanges.DiffNone,
                ChangedKeys = changed,
            };
        }
        return diff.Changes is DiffResponse.Types.DiffChanges.DiffNone or DiffResponse.Types.DiffChanges.DiffSome
            ? diff
            : throw deployment.Fail(resource.Urn, $"unrecognized diff state for {resource.Urn}: {(int)diff.Changes}");
    }
}
