using DialTone.Provider.Components;
using DialTone.Provider.Configuration;
using DialTone.Provider.Contracts;
using DialTone.Provider.Resources;
using DialTone.Provider.Schema;

namespace DialTone.Provider.Host;

/// <summary>
/// The ResourceProvider service: provider-wide calls are answered here, resource calls go to the handler of the
/// resource's type, and Construct to the component's.
/// </summary>
public sealed class ProviderService(
    ProviderDefinition definition,
    IEnumerable<IResourceHandler> resources,
    IEnumerable<IComponentHandler> components,
    ProviderConfiguration configuration,
    ProviderSession session,
    EngineLog engineLog,
    CallCancellation cancellation) : IResourceProviderService
{
    private readonly Lazy<string> _schema = new(() => PackageSchema.Write(definition));

    public Task HandshakeAsync(HandshakeRequest request, CancellationToken cancel)
    {
        engineLog.Connect(request.EngineAddress);
        return Task.CompletedTask;
    }

    public string GetPluginVersion() => ProviderDefinition.ProductVersion;

    public string GetSchema() => _schema.Value;

    public Task<CheckResponse> CheckConfigAsync(CheckRequest request, CancellationToken cancel) =>
        Task.FromResult(configuration.Check(request.News));

    public Task<DiffResponse> DiffConfigAsync(DiffRequest request, CancellationToken cancel) =>
        Task.FromResult(ProviderConfiguration.Diff(request.OldInputs.Count > 0 ? request.OldInputs : request.OldOutputs, request.News));

    public async Task ConfigureAsync(ConfigureRequest request, CancellationToken cancel)
    {
        var settings = configuration.Configure(request.Args, request.Variables);
        session.Configure(settings);
        await engineLog.LogAsync(LogSeverity.Debug, $"DialTone manages {settings}.", request.Urn, cancel: cancel);
    }

    public Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancel) =>
        Resource(request.Type).CheckAsync(request, cancel);

    public Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancel) =>
        Resource(request.Type).DiffAsync(request, cancel);

    public Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancel) =>
        Resource(request.Type).CreateAsync(request, cancel);

    public Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancel) =>
        Resource(request.Type).ReadAsync(request, cancel);

    public Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancel) =>
        Resource(request.Type).UpdateAsync(request, cancel);

    public Task DeleteAsync(DeleteRequest request, CancellationToken cancel) =>
        Resource(request.Type).DeleteAsync(request, cancel);

    public Task<ConstructResponse> ConstructAsync(ConstructRequest request, CancellationToken cancel) =>
        (components.FirstOrDefault(component => component.Token == request.Type)
            ?? throw Unknown(request.Type)).ConstructAsync(request, cancel);

    public void Cancel() => cancellation.CancelAll();

    public Task AttachAsync(string engineAddress, CancellationToken cancel)
    {
        engineLog.Connect(engineAddress);
        return Task.CompletedTask;
    }

    private IResourceHandler Resource(string type) =>
        resources.FirstOrDefault(resource => resource.Token == type) ?? throw Unknown(type);

    private InvalidInputException Unknown(string type)
    {
        var served = definition.Resources.Select(resource => resource.Token)
            .Concat(definition.Components.Select(component => component.Token));
        var message = Messages.UnknownResourceType(type, served);
        return new InvalidInputException(message, [new CheckFailure("", message)]);
    }
}
