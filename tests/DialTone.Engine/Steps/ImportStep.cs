using DialTone.Engine.Deployments;
using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Steps;

/// <summary>
/// Adopts an existing resource (pulumi-protocol.md §4.6): Read with the import id and no state, in a preview too.
/// The reply must carry the outputs (else the resource does not exist) and the inputs (else the provider cannot
/// import), neither holding an unknown. The resource is saved with what Read returned; a partial failure keeps its
/// init errors.
/// </summary>
internal sealed class ImportStep(ResourceState resource, ProviderInstance provider) : Step(StepOp.Import, resource)
{
    protected override async Task<ResourceState?> ApplyAsync(Deployment deployment)
    {
        var (urn, name, type) = Names(Resource);
        Struct? outputs, inputs;
        string id;
        var initErrors = Resource.InitErrors;
        try
        {
            var read = await provider.Client.ReadAsync(new ReadRequest { Id = Resource.ImportId, Urn = urn, Name = name, Type = type });
            (id, outputs, inputs) = (read.Id, read.Properties, read.Inputs);
        }
        catch (GrpcException error) when (InitFailure(error) is { } partial)
        {
            (id, outputs, inputs, initErrors) = (partial.Id, partial.Properties, partial.Inputs, [.. partial.Reasons]);
        }
        if (outputs is null)
        {
            throw deployment.Fail(urn, EngineMessages.ImportMissing(Resource.ImportId));
        }
        if (inputs is null)
        {
            throw deployment.Fail(urn, EngineMessages.ImportUnsupported(provider.Package));
        }
        RejectUnknowns(deployment, urn, ValueConverter.ToMap(outputs));
        RejectUnknowns(deployment, urn, ValueConverter.ToMap(inputs));
        var imported = Resource with
        {
            Id = id.Length > 0 ? id : Resource.ImportId, Inputs = ValueConverter.ToMap(inputs), Outputs = ValueConverter.ToMap(outputs),
            InitErrors = initErrors,
        };
        return deployment.Save(imported);
    }
}
