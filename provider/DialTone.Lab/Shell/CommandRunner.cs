using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Rendering;
using DialTone.Exchange.Values;

namespace DialTone.Lab.Shell;

/// <summary>What one execution of a command produced.</summary>
internal sealed record CommandOutcome(IReadOnlyList<ExchangeValue> Objects, IReadOnlyList<string> Warnings, ExchangeError? Error);

/// <summary>
/// Runs one bound command on one object: as a read when it only looks, as one atomic, journaled execution when it
/// changes something. A command that would ask for confirmation fails as in a non-interactive remote session; a
/// parameter the lab does not emulate is refused before anything runs.
/// </summary>
internal sealed class CommandRunner(Lab lab)
{
    public CommandOutcome Run(BoundCommand command)
    {
        var name = command.Definition.Name;
        var handler = HandlerTable.Find(name);
        if (handler is null)
        {
            return Failed(new LabException(Messages.InvalidOperation, Messages.NotEmulatedCmdlet(name), name));
        }
        if (handler.Unsupported(command) is { } parameter)
        {
            return Failed(new LabException(Messages.InvalidArgument, Messages.NotEmulated(name, parameter), parameter));
        }
        var target = handler.TargetOf(command);
        var action = $"Performing the operation \"{name}\" on target \"{target}\".";
        if (command.Mutates && command.IsWhatIf)
        {
            return new CommandOutcome([], [$"What if: {action}"], null);
        }
        if (command.Mutates && command.AsksForConfirmation)
        {
            return Failed(LabException.Confirmation($"Are you sure you want to perform this action?\n{action}", target));
        }
        try
        {
            var (objects, warnings) = command.Mutates
                ? lab.Mutate(ShellRenderer.Default.Render(command.Command), target, x => (handler.Run(x, command), x.Warnings.ToList()))
                : lab.Read(x => (handler.Run(x, command), x.Warnings.ToList()));
            return new CommandOutcome(objects, warnings, null);
        }
        catch (LabException error)
        {
            return Failed(error);
        }
    }

    private static CommandOutcome Failed(LabException error) => new([], [], error.Error);
}
