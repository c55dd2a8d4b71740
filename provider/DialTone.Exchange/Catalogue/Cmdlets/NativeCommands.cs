using DialTone.Exchange.Catalogue.Declaration;
using static DialTone.Exchange.Catalogue.Declaration.Declare;
using T = DialTone.Exchange.Catalogue.Types.ParameterTypes;

namespace DialTone.Exchange.Catalogue.Cmdlets;

/// <summary>
/// eseutil, in the two uses the recovery documents (fact sheet §1.2 step 7, §2.8): <c>eseutil /mh &lt;edb&gt;</c>
/// (header dump: reads) and <c>eseutil /r &lt;prefix&gt; /l &lt;logdir&gt; /d &lt;edbdir&gt; [/i]</c> (soft recovery:
/// writes). Options are matched exactly, as eseutil does; only these are catalogued.
/// </summary>
internal static class NativeCommands
{
    public static CmdletDefinition Eseutil { get; } = new CmdletSpec("eseutil", CommandScope.ServerLocal,
        "OfficeDocs-Exchange disaster-recovery/restore-data-using-recovery-dbs.md and database-portability.md (eseutil /mh, /r /l /d /i)")
    {
        Syntax = CommandSyntax.Native,
        Effect = CmdletEffect.Changes,
        Sets = ["Header", "Recovery"],
        ReadOnlySets = ["Header"],
        Usage = "eseutil /mh <database file> or eseutil /r <log prefix> /l <log folder> /d <database folder> [/i]",
        Parameters =
        [
            P("mh", T.NativePath, In("Header", Mandatory)),
            P("r", T.NativeWord, In("Recovery", Mandatory)),
            P("l", T.NativePath, In("Recovery")),
            P("d", T.NativePath, In("Recovery")),
            P("i", T.Switch, In("Recovery")),
        ],
    }.Build();
}
