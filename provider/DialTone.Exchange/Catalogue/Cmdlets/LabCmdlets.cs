using DialTone.Exchange.Catalogue.Declaration;
using static DialTone.Exchange.Catalogue.Declaration.Declare;
using T = DialTone.Exchange.Catalogue.Types.ParameterTypes;

namespace DialTone.Exchange.Catalogue.Cmdlets;

/// <summary>
/// The lab's own cmdlet: Restore-LabBackup stands in for the backup software, placing a database's backed-up files
/// (dirty, as restores to another location arrive) in a folder on a server. Its parameters mirror
/// <c>dialtone-lab restore --database --server --path [--backup]</c>. The bridge to real Exchange refuses it.
/// </summary>
internal static class LabCmdlets
{
    public static CmdletDefinition RestoreLabBackup { get; } = new CmdletSpec("Restore-LabBackup", CommandScope.Lab,
        "DialTone architecture: dialtone-lab restore")
    {
        Effect = CmdletEffect.Changes,
        Parameters =
        [
            P("Database", T.DatabaseId, Mandatory),
            P("Server", T.ServerId, Mandatory),
            P("Path", T.NonRootLocalLongFullPath, Mandatory),
            P("Backup", T.String),
        ],
    }.Build();
}
