using DialTone.Exchange.Catalogue.Declaration;
using static DialTone.Exchange.Catalogue.Declaration.Declare;
using T = DialTone.Exchange.Catalogue.Types.ParameterTypes;

namespace DialTone.Exchange.Catalogue.Cmdlets;

/// <summary>
/// The file cmdlets of the server-side file work, as Windows PowerShell 5.1 declares them for the FileSystem
/// provider (its dynamic parameters included; other providers' parameters left out). They run only inside
/// <c>Invoke-Command -ComputerName … -ScriptBlock { … }</c>, on the server's own paths.
/// </summary>
internal static class FileCmdlets
{
    private const string Reference = "PowerShell-Docs reference/5.1/Microsoft.PowerShell.Management/{0}.md @27138b2 (FileSystem provider)";

    public static CmdletDefinition MoveItem { get; } = new CmdletSpec("Move-Item", CommandScope.ServerLocal, string.Format(Reference, "Move-Item"))
    {
        Mutates = true,
        SupportsShouldProcess = true,
        SupportsTransactions = true,
        Sets = ["Path", "LiteralPath"],
        DefaultSet = "Path",
        Parameters =
        [
            P("Path", T.StringArray, In("Path", Mandatory, Position(0)), FromPipeline),
            P("LiteralPath", T.StringArray, In("LiteralPath", Mandatory), FromPipeline, Alias("PSPath")),
            P("Destination", T.String, Position(1), FromPipeline),
            P("Force", T.Switch),
            P("Filter", T.String),
            P("Include", T.StringArray),
            P("Exclude", T.StringArray),
            P("PassThru", T.Switch),
            P("Credential", T.PSCredential, FromPipeline),
        ],
    }.Build();

    public static CmdletDefinition CopyItem { get; } = new CmdletSpec("Copy-Item", CommandScope.ServerLocal, string.Format(Reference, "Copy-Item"))
    {
        Mutates = true,
        SupportsShouldProcess = true,
        SupportsTransactions = true,
        Sets = ["Path", "LiteralPath"],
        DefaultSet = "Path",
        Parameters =
        [
            P("Path", T.StringArray, In("Path", Mandatory, Position(0)), FromPipeline),
            P("LiteralPath", T.StringArray, In("LiteralPath", Mandatory), FromPipeline, Alias("PSPath")),
            P("Destination", T.String, Position(1), FromPipeline),
            P("Container", T.Switch),
            P("Force", T.Switch),
            P("Filter", T.String),
            P("Include", T.StringArray),
            P("Exclude", T.StringArray),
            P("Recurse", T.Switch),
            P("PassThru", T.Switch),
            P("Credential", T.PSCredential, FromPipeline),
            P("FromSession", T.PSSession),
            P("ToSession", T.PSSession),
        ],
    }.Build();

    public static CmdletDefinition RenameItem { get; } = new CmdletSpec("Rename-Item", CommandScope.ServerLocal, string.Format(Reference, "Rename-Item"))
    {
        Mutates = true,
        SupportsShouldProcess = true,
        SupportsTransactions = true,
        Sets = ["ByPath", "ByLiteralPath"],
        DefaultSet = "ByPath",
        Parameters =
        [
            P("Path", T.String, In("ByPath", Mandatory, Position(0)), FromPipeline),
            P("LiteralPath", T.String, In("ByLiteralPath", Mandatory), FromPipeline, Alias("PSPath", "LP")),
            P("NewName", T.String, Mandatory, Position(1), FromPipeline),
            P("Force", T.Switch),
            P("PassThru", T.Switch),
            P("Credential", T.PSCredential, FromPipeline),
        ],
    }.Build();

    public static CmdletDefinition RemoveItem { get; } = new CmdletSpec("Remove-Item", CommandScope.ServerLocal, string.Format(Reference, "Remove-Item"))
    {
        Mutates = true,
        SupportsShouldProcess = true,
        SupportsTransactions = true,
        Sets = ["Path", "LiteralPath"],
        DefaultSet = "Path",
        Parameters =
        [
            P("Path", T.StringArray, In("Path", Mandatory, Position(0)), FromPipeline),
            P("LiteralPath", T.StringArray, In("LiteralPath", Mandatory), FromPipeline, Alias("PSPath")),
            P("Filter", T.String),
            P("Include", T.StringArray),
            P("Exclude", T.StringArray),
            P("Recurse", T.Switch),
            P("Force", T.Switch),
            P("Credential", T.PSCredential, FromPipeline),
            P("Stream", T.StringArray),
        ],
    }.Build();

    public static CmdletDefinition GetChildItem { get; } = new CmdletSpec("Get-ChildItem", CommandScope.ServerLocal, string.Format(Reference, "Get-ChildItem"))
    {
        SupportsTransactions = true,
        Sets = ["Items", "LiteralItems"],
        DefaultSet = "Items",
        Parameters =
        [
            P("Path", T.StringArray, In("Items", Position(0)), FromPipeline),
            P("LiteralPath", T.StringArray, In("LiteralItems", Mandatory), FromPipeline, Alias("PSPath")),
            P("Filter", T.String, Position(1)),
            P("Include", T.StringArray),
            P("Exclude", T.StringArray),
            P("Recurse", T.Switch, Alias("s")),
            P("Depth", T.UInt32),
            P("Force", T.Switch),
            P("Name", T.Switch),
            P("Attributes", T.Exchange("FlagsExpression[FileAttributes]"), In("Items")),
            P("Directory", T.Switch, In("Items"), Alias("ad", "d")),
            P("File", T.Switch, In("Items"), Alias("af")),
            P("Hidden", T.Switch, In("Items"), Alias("ah", "h")),
            P("ReadOnly", T.Switch, In("Items"), Alias("ar")),
            P("System", T.Switch, In("Items"), Alias("as")),
        ],
    }.Build();

    public static CmdletDefinition TestPath { get; } = new CmdletSpec("Test-Path", CommandScope.ServerLocal, string.Format(Reference, "Test-Path"))
    {
        SupportsTransactions = true,
        Sets = ["Path", "LiteralPath"],
        DefaultSet = "Path",
        Parameters =
        [
            P("Path", T.StringArray, In("Path", Mandatory, Position(0)), FromPipeline),
            P("LiteralPath", T.StringArray, In("LiteralPath", Mandatory), FromPipeline, Alias("PSPath")),
            P("Filter", T.String),
            P("Include", T.StringArray),
            P("Exclude", T.StringArray),
            P("PathType", T.TestPathType, Alias("Type")),
            P("IsValid", T.Switch),
            P("Credential", T.PSCredential, FromPipeline),
            P("OlderThan", T.DateTime),
            P("NewerThan", T.DateTime),
        ],
    }.Build();

    public static CmdletDefinition NewItem { get; } = new CmdletSpec("New-Item", CommandScope.ServerLocal, string.Format(Reference, "New-Item"))
    {
        Mutates = true,
        SupportsShouldProcess = true,
        SupportsTransactions = true,
        Sets = ["pathSet", "nameSet"],
        DefaultSet = "pathSet",
        Parameters =
        [
            P("Path", T.StringArray, In("pathSet", Mandatory, Position(0)), In("nameSet", Position(0)), FromPipeline),
            P("Name", T.String, In("nameSet", Mandatory), FromPipeline),
            P("ItemType", T.String, FromPipeline, Alias("Type")),
            P("Value", T.Object, FromPipeline, Alias("Target")),
            P("Force", T.Switch),
            P("Credential", T.PSCredential, FromPipeline),
        ],
    }.Build();
}
