using DialTone.Lab.Shell.Handlers;

namespace DialTone.Lab.Shell;

/// <summary>Every command the lab runs, by name: the one list of what LabShell serves.</summary>
internal static class HandlerTable
{
    private static readonly Dictionary<string, Handler> ByName = DatabaseHandlers.All
        .Concat(RecipientHandlers.All)
        .Concat(RestoreRequestHandlers.All)
        .Concat(ServerFileHandlers.All)
        .Concat(LabHandlers.All)
        .ToDictionary(h => h.Cmdlet, StringComparer.OrdinalIgnoreCase);

    public static Handler? Find(string cmdlet) => ByName.GetValueOrDefault(cmdlet);
}
