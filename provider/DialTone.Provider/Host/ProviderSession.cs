using DialTone.Provider.Configuration;

namespace DialTone.Provider.Host;

/// <summary>What this plugin process knows about its engine session: the configuration once Configure has run.</summary>
public sealed class ProviderSession
{
    private ProviderSettings? _settings;

    /// <summary>The configuration in force. Only resource operations read it, and the engine configures first.</summary>
    public ProviderSettings Settings =>
        _settings ?? throw new Contracts.ProviderBugException("A resource operation arrived before Configure.");

    public void Configure(ProviderSettings settings) => _settings = settings;
}
