namespace DialTone.Provider.Contracts;

/// <summary>
/// The plugin protocol's ResourceProvider service in domain terms. Rpc/ serves it over gRPC; a failure is thrown as
/// one of the exceptions in ProviderExceptions.cs, whose type says whose fault it is.
/// </summary>
public interface IResourceProviderService : IResourceOperations
{
    Task HandshakeAsync(HandshakeRequest request, CancellationToken cancel);

    string GetPluginVersion();

    string GetSchema();

    Task<CheckResponse> CheckConfigAsync(CheckRequest request, CancellationToken cancel);

    Task<DiffResponse> DiffConfigAsync(DiffRequest request, CancellationToken cancel);

    Task ConfigureAsync(ConfigureRequest request, CancellationToken cancel);

    Task<ConstructResponse> ConstructAsync(ConstructRequest request, CancellationToken cancel);

    /// <summary>Cancels all work in flight; the process keeps serving until it is told to stop.</summary>
    void Cancel();

    /// <summary>Attach mode: the engine tells a provider it did not start where its Engine service is.</summary>
    Task AttachAsync(string engineAddress, CancellationToken cancel);
}
