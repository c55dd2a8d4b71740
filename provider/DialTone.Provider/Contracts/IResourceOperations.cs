namespace DialTone.Provider.Contracts;

/// <summary>The engine's calls on a custom resource: the provider routes them to the resource type's handler.</summary>
public interface IResourceOperations
{
    Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancel);

    Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancel);

    Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancel);

    Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancel);

    Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancel);

    Task DeleteAsync(DeleteRequest request, CancellationToken cancel);
}
