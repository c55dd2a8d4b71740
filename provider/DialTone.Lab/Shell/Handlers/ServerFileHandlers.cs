using DialTone.Exchange.Errors;
using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Values;
using DialTone.Lab.Disks;
using DialTone.Lab.Organization;
using DialTone.Lab.Shell.Shapes;

namespace DialTone.Lab.Shell.Handlers;

/// <summary>
/// <c>Invoke-Command -ComputerName S -ScriptBlock { … }</c> and the server-local commands it runs on S's disks.
/// </summary>
internal static class ServerFileHandlers
{
    /// <summary>The commands allowed inside the script block, by name, as they run on <paramref name="server"/>.</summary>
    private static Dictionary<string, Handler> Local(string server) => new Handler[]
    {
        Handler.Of("Move-Item", ["Path", "LiteralPath", "Destination", "Force"], (x, c) =>
        {
            foreach (var path in Paths(c))
            {
                FileWork.Move(x, server, path, c.Required("Destination"), c.Switch("Force"), Literal(c));
            }
            return [];
        }),
        Handler.Of("Copy-Item", ["Path", "LiteralPath", "Destination", "Recurse", "Force"], (x, c) =>
        {
            foreach (var path in Paths(c))
            {
                FileWork.Copy(x, server, path, c.Required("Destination"), c.Switch("Recurse"), Literal(c));
            }
            return [];
        }),
        Handler.Of("Rename-Item", ["Path", "LiteralPath", "NewName", "Force"], (x, c) =>
        {
            FileWork.Rename(x, server, Paths(c).Single(), c.Required("NewName"), Literal(c));
            return [];
        }),
        Handler.Of("Remove-Item", ["Path", "LiteralPath", "Recurse", "Force"], (x, c) =>
        {
            foreach (var path in Paths(c))
            {
                FileWork.Remove(x, server, path, c.Switch("Recurse"), Literal(c));
            }
            return [];
        }),
        Handler.Of("Get-ChildItem", ["Path", "LiteralPath"], (x, c) =>
            Paths(c).SelectMany(p => FileWork.ChildItems(x, server, p, Literal(c))).Select(FileShapes.Entry).ToList<ExchangeValue>()),
        Handler.Of("Test-Path", ["Path", "LiteralPath"], (x, c) =>
            [new BooleanValue(Paths(c).All(p => FileWork.TestPath(x, server, p, Literal(c))))]),
        Handler.Of("New-Item", ["Path", "ItemType", "Force"], (x, c) =>
        {
            var type = c.Text("ItemType") ?? "File";
            if (!string.Equals(type, "Directory", StringComparison.OrdinalIgnoreCase))
            {
                throw new LabException(ErrorCategory.InvalidArgument, Messages.FoldersOnly(type), type);
            }
            return Paths(c).Select(p => FileShapes.Entry(FileWork.NewFolder(x, server, p, c.Switch("Force")))).ToList<ExchangeValue>();
        }),
        Handler.Of("eseutil", ["mh", "r", "l", "d", "i"], (x, c) => (c.Text("mh") is { } edb
                ? Eseutil.DumpHeader(x, server, edb)
                : Eseutil.Recover(x, server, c.Required("r"), c.Text("l") ?? ".", c.Text("d") ?? "."))
            .Select(line => (ExchangeValue)new StringValue(line)).ToList()),
    }.ToDictionary(h => h.Cmdlet, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<Handler> All =>
    [
        Handler.Of("Invoke-Command", ["ComputerName", "ScriptBlock"], (x, c) =>
        {
            var computer = c.Texts("ComputerName").Single(); // the port's catalogue binds exactly one (CommandModelErrors.NeedsOneComputer)
            var server = ServerDirectory.TryFind(x, computer.Split('.')[0])
                ?? throw new LabException(ErrorCategory.ResourceUnavailable, Messages.UnknownComputer(computer), computer);
            if (!server.IsUp)
            {
                throw new LabException(ErrorCategory.ResourceUnavailable, Messages.ComputerDown(computer), computer);
            }
            var inner = c.ScriptBlockCommand!;
            var handler = Local(server.Name).GetValueOrDefault(inner.Definition.Name)
                ?? throw new LabException(ErrorCategory.InvalidOperation, Messages.NotEmulatedCmdlet(inner.Definition.Name), inner.Definition.Name);
            if (handler.Unsupported(inner) is { } parameter)
            {
                throw new LabException(ErrorCategory.InvalidArgument, Messages.NotEmulated(inner.Definition.Name, parameter), parameter);
            }
            return handler.Run(x, inner);
        }, c => $"{c.Texts("ComputerName").FirstOrDefault()}: {TargetOf(c.ScriptBlockCommand!)}"),
    ];

    /// <summary>What a command of the script block works on: its paths, or the file eseutil reads or the logs it replays.</summary>
    public static string TargetOf(BoundCommand inner) =>
        inner.Definition.Name == "eseutil" ? inner.Text("mh") ?? inner.Text("r") ?? "" : string.Join(", ", Paths(inner));

    private static IReadOnlyList<string> Paths(BoundCommand command) =>
        Literal(command) ? command.Texts("LiteralPath") : command.Texts("Path");

    /// <summary>-LiteralPath names items exactly: no wildcards.</summary>
    private static bool Literal(BoundCommand command) => command.Has("LiteralPath");
}
