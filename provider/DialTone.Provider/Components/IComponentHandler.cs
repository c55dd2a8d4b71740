using DialTone.Provider.Contracts;

namespace DialTone.Provider.Components;

/// <summary>One component type as the host serves it: built by Construct from child resources.</summary>
public interface IComponentHandler
{
    string Token { get; }

    Task<ConstructResponse> ConstructAsync(ConstructRequest request, CancellationToken cancel);
}
