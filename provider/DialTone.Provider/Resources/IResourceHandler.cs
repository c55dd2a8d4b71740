using DialTone.Provider.Contracts;

namespace DialTone.Provider.Resources;

/// <summary>One custom resource type as the host serves it, in untyped domain requests.</summary>
public interface IResourceHandler
{
    /// <summary>The schema token, <c>dialtone:index:MailboxDatabase</c>.</summary>
    string Token { get; }

    Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancel);

    Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancel);

    Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancel);

    Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancel);

    Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancel);

    Task DeleteAsync(DeleteRequest request, CancellationToken cancel);
}

/// <summary>One component type as the host serves it: built by Construct from child resources.</summary>
public interface IComponentHandler
{
    string Token { get; }

    Task<ConstructResponse> ConstructAsync(ConstructRequest request, CancellationToken cancel);
}
