using DialTone.Provider.Contracts;

namespace DialTone.Provider.Resources;

/// <summary>One custom resource type as the host serves it, in untyped domain requests.</summary>
public interface IResourceHandler : IResourceOperations
{
    /// <summary>The schema token, <c>dialtone:index:MailboxDatabase</c>.</summary>
    string Token { get; }
}

/// <summary>One component type as the host serves it: built by Construct from child resources.</summary>
public interface IComponentHandler
{
    string Token { get; }

    Task<ConstructResponse> ConstructAsync(ConstructRequest request, CancellationToken cancel);
}
