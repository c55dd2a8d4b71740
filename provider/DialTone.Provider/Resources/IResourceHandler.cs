using DialTone.Provider.Contracts;

namespace DialTone.Provider.Resources;

/// <summary>One custom resource type as the host serves it, in untyped domain requests.</summary>
public interface IResourceHandler : IResourceOperations
{
    /// <summary>The schema token, <c>dialtone:index:MailboxDatabase</c>.</summary>
    string Token { get; }
}
