namespace DialTone.Exchange.Catalogue.Declaration;

/// <summary>What running a cmdlet does to Exchange.</summary>
internal enum CmdletEffect
{
    /// <summary>It only reads.</summary>
    Reads,

    /// <summary>It changes state.</summary>
    Changes,

    /// <summary>It changes state and asks for confirmation first unless given <c>-Confirm:$false</c>.</summary>
    ChangesAfterConfirming,
}
