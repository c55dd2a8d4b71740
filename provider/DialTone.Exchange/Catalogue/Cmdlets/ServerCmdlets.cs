using DialTone.Exchange.Catalogue.Declaration;
using static DialTone.Exchange.Catalogue.Declaration.Declare;
using T = DialTone.Exchange.Catalogue.Types.ParameterTypes;

namespace DialTone.Exchange.Catalogue.Cmdlets;

/// <summary>Get-ExchangeServer: the servers, their versions and editions.</summary>
internal static class ServerCmdlets
{
    public static CmdletDefinition GetExchangeServer { get; } = new CmdletSpec("Get-ExchangeServer", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Get-ExchangeServer.md @93336da"
            + "; default set Identity inferred (the cmdlet runs with no parameters)")
    {
        Sets = ["Domain", "Identity"],
        DefaultSet = "Identity",
        Parameters =
        [
            P("Identity", T.ServerId, In("Identity", Position(1)), FromPipeline),
            P("Domain", T.Fqdn, In("Domain", Mandatory)),
            DomainController,
            P("Status", T.Switch),
        ],
    }.Build();
}
