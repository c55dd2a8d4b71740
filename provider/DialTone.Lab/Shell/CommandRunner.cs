using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Rendering;
using DialTone.Exchange.Values;
using DialTone.Lab.Shell.Handlers;
using DialTone.Lab.Store;

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
            return Failed(new LabException(ErrorCategory.InvalidOperation, Messages.NotEmulatedCmdlet(name), name));
        }
        if (handler.Unsupported(command) is { } parameter)
        {
            return Failed(new LabException(ErrorCategory.InvalidArgument, Messages.NotEmulated(name, parameter), parameter));
        }
        var target = handler.TargetOf(command);
        // Inside Invoke-Command it is the script block's command that takes -WhatIf and -Confirm.
        var (acting, actingTarget) = command.ScriptBlockCommand is { } inner ? (inner, ServerFileHandlers.TargetOf(inner)) : (command, target);
        if (command.Mutates && acting.IsWhatIf)
        {
            return new CommandOutcome([], [$"What if: {Action(acting, actingTarget)}"], null);
        }
        if (command.Mutates && acting.AsksForConfirmation)
        {
            return Failed(LabException.Confirmation($"Are you sure you want to perform this action?\n{Action(acting, actingTarget)}", target));
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
        catch (Exception error) when (LabFile.IsBusy(error))
        {
            return new([], [], new ExchangeError(ErrorCategory.ResourceBusy, Messages.LabBusy(lab.Path, lab.Options.BusyTimeout),
                "LabBusy", error.GetType().Name, target, IsTransient: true));
        }
        catch (Exception error)
        {
            // A fault of the lab itself, not something Exchange would say: reported as one, never thrown at the caller.
            return new([], [], new ExchangeError(ErrorCategory.NotSpecified, Messages.LabFault(error), "LabFault", error.GetType().Name, target));
        }
    }

    private static CommandOutcome Failed(LabException error) => new([], [], error.Error);

    private static string Action(BoundCommand command, string target) =>
        $"Performing the operation \"{command.Definition.Name}\" on target \"{target}\".";
}
