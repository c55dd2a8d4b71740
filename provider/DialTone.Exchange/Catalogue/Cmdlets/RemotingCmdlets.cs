using DialTone.Exchange.Catalogue.Declaration;
using static DialTone.Exchange.Catalogue.Declaration.Declare;
using T = DialTone.Exchange.Catalogue.Types.ParameterTypes;

namespace DialTone.Exchange.Catalogue.Cmdlets;

/// <summary>
/// Invoke-Command, the wrapper of the server-side file work: <c>Invoke-Command -ComputerName EX01 -ScriptBlock
/// { Move-Item … }</c>. Declared with its InProcess (default) and ComputerName sets; the session, URI, VM and
/// container sets are left out, so their parameters are unknown here. The binder accepts only the ComputerName set
/// and one server-local command in the script block.
/// </summary>
internal static class RemotingCmdlets
{
    public static CmdletDefinition InvokeCommand { get; } = new CmdletSpec("Invoke-Command", CommandScope.Remoting,
        "PowerShell-Docs reference/5.1/Microsoft.PowerShell.Core/Invoke-Command.md @27138b2 (sets InProcess, ComputerName)")
    {
        Effect = CmdletEffect.Changes,
        SupportsShouldProcess = false,
        Sets = ["InProcess", "ComputerName"],
        DefaultSet = "InProcess",
        Parameters =
        [
            P("ComputerName", T.StringArray, In("ComputerName", Position(0)), Alias("Cn")),
            P("ScriptBlock", T.ScriptBlock, In("InProcess", Mandatory, Position(0)), In("ComputerName", Mandatory, Position(1)), Alias("Command")),
            P("Credential", T.PSCredential, In("ComputerName"), FromPipeline),
            P("Port", T.Int32, In("ComputerName")),
            P("UseSSL", T.Switch, In("ComputerName")),
            P("ConfigurationName", T.String, In("ComputerName"), FromPipeline),
            P("ApplicationName", T.String, In("ComputerName"), FromPipeline),
            P("ThrottleLimit", T.Int32, In("ComputerName")),
            P("AsJob", T.Switch, In("ComputerName")),
            P("InDisconnectedSession", T.Switch, In("ComputerName"), Alias("Disconnected")),
            P("SessionName", T.StringArray, In("ComputerName")),
            P("HideComputerName", T.Switch, In("ComputerName"), Alias("HCN")),
            P("JobName", T.String, In("ComputerName")),
            P("SessionOption", T.PSSessionOption, In("ComputerName")),
            P("Authentication", T.AuthenticationMechanism, In("ComputerName")),
            P("EnableNetworkAccess", T.Switch, In("ComputerName")),
            P("CertificateThumbprint", T.String, In("ComputerName")),
            P("NoNewScope", T.Switch, In("InProcess")),
            P("InputObject", T.PSObject, FromPipeline),
            P("ArgumentList", T.ObjectArray, Alias("Args")),
        ],
    }.Build();
}
