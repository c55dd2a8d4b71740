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

    // The Path and LiteralPath sets that Move-Item, Copy-Item, Remove-Item and Test-Path share.
    private static readonly ParameterDefinition[] PathParameters =
    [
        P("Path", T.StringArray, In("Path", Mandatory, Position(0)), FromPipeline),
        P("LiteralPath", T.StringArray, In("LiteralPath", Mandatory), FromPipeline, Alias("PSPath")),
    ];

    private static readonly ParameterDefinition[] FilterParameters =
    [
        P("Filter", T.String),
        P("Include", T.StringArray),
        P("Exclude", T.StringArray),
    ];

    public static CmdletDefinition MoveItem { get; } = PathCommand("Move-Item", CmdletEffect.Changes,
    [
        P("Destination", T.String, Position(1), FromPipeline),
        P("Force", T.Switch),
        .. FilterParameters,
        P("PassThru", T.Switch),
        P("Credential", T.PSCredential, FromPipeline),
    ]);

    public static CmdletDefinition CopyItem { get; } = PathCommand("Copy-Item", CmdletEffect.Changes,
    [
        P("Destination", T.String, Position(1), FromPipeline),
        P("Container", T.Switch),
        P("Force", T.Switch),
        .. FilterParameters,
        P("Recurse", T.Switch),
        P("PassThru", T.Switch),
        P("Credential", T.PSCredential, FromPipeline),
        P("FromSession", T.PSSession),
        P("ToSession", T.PSSession),
    ]);

    public static CmdletDefinition RenameItem { get; } = new CmdletSpec("Rename-Item", CommandScope.ServerLocal, string.Format(Reference, "Rename-Item"))
    {
        Effect = CmdletEffect.Changes,
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

    public static CmdletDefinition RemoveItem { get; } = PathCommand("Remove-Item", CmdletEffect.Changes,
    [
        .. FilterParameters,
        P("Recurse", T.Switch),
        P("Force", T.Switch),
        P("Credential", T.PSCredential, FromPipeline),
        P("Stream", T.StringArray),
    ]);

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

    public static CmdletDefinition TestPath { get; } = PathCommand("Test-Path", CmdletEffect.Reads,
    [
        .. FilterParameters,
        P("PathType", T.TestPathType, Alias("Type")),
        P("IsValid", T.Switch),
        P("Credential", T.PSCredential, FromPipeline),
        P("OlderThan", T.DateTime),
        P("NewerThan", T.DateTime),
    ]);

    public static CmdletDefinition NewItem { get; } = new CmdletSpec("New-Item", CommandScope.ServerLocal, string.Format(Reference, "New-Item"))
    {
        Effect = CmdletEffect.Changes,
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

    /// <summary>A cmdlet of the Path and LiteralPath sets (Path the default) with <paramref name="parameters"/> after the paths.</summary>
    private static CmdletDefinition PathCommand(string name, CmdletEffect effect, ParameterDefinition[] parameters) =>
        new CmdletSpec(name, CommandScope.ServerLocal, string.Format(Reference, name))
        {
            Effect = effect,
            SupportsTransactions = true,
            Sets = ["Path", "LiteralPath"],
            DefaultSet = "Path",
            Parameters = [.. PathParameters, .. parameters],
        }.Build();
}
