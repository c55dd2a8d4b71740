using System.CommandLine;
using DialTone.Lab.Cli.Output;
using DialTone.Lab.Mail;

namespace DialTone.Lab.Cli.Verbs;

/// <summary><c>send</c>: mail from outside, delivered when the recipient's database can take it, queued otherwise.</summary>
internal static class SendVerb
{
    public static Command Create(LabCli cli)
    {
        var lab = CommonOptions.Lab();
        var json = CommonOptions.Json();
        var to = new Option<string?>("--to") { Description = "The recipient (alias, address, name or GUID); default every user-type mailbox", HelpName = "ALIAS" };
        var count = new Option<int>("--count") { Description = "Messages to each recipient", HelpName = "N", DefaultValueFactory = _ => 1 };
        var command = new Command("send", "Send mail to a mailbox, or to every user-type mailbox.") { lab, json, to, count };
        command.SetAction(parse => VerbAction.Run(cli, () =>
        {
            using var opened = Lab.Open(parse.GetValue(lab)!);
            var outcomes = Mailer.Send(opened, parse.GetValue(to), parse.GetValue(count));
            if (parse.GetValue(json))
            {
                Printer.Json(cli, outcomes);
            }
            else
            {
                var queued = outcomes.Count(o => !o.Delivered);
                Printer.Line(cli, $"Sent {outcomes.Count} message(s): {outcomes.Count - queued} delivered, {queued} queued.");
                foreach (var reason in outcomes.Where(o => !o.Delivered).GroupBy(o => o.QueuedBecause))
                {
                    Printer.Line(cli, $"  {reason.Count()} queued because {reason.Key}.");
                }
            }
            return 0;
        }));
        return command;
    }
}
