using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;
using DialTone.Lab.Disks;
using DialTone.Lab.Shell.Shapes;

namespace DialTone.Lab.Shell.Handlers;

/// <summary>Restore-LabBackup: the lab-only cmdlet standing in for the backup software (the bridge refuses it).</summary>
internal static class LabHandlers
{
    public static IEnumerable<Handler> All =>
    [
        Handler.Of("Restore-LabBackup", ["Database", "Server", "Path", "Backup"], (x, c) =>
        {
            long? backup = c.Text("Backup") is { } id
                ? long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
                    : throw new LabException(ErrorCategory.InvalidArgument, Messages.BackupIdNotANumber(id), id)
                : null;
            return Restores.Restore(x, c.Required("Database"), c.Required("Server"), c.Required("Path"), backup)
                .Select(FileShapes.Entry).ToList<ExchangeValue>();
        }, c => c.Text("Database") ?? ""),
    ];
}
