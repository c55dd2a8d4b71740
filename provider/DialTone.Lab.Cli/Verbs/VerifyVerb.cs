using System.CommandLine;
using DialTone.Lab.Cli.Output;
using DialTone.Lab.Integrity;

namespace DialTone.Lab.Cli.Verbs;

/// <summary><c>verify</c>: exit 0 only when nothing is lost, duplicated, queued or stranded.</summary>
internal static class VerifyVerb
{
    public static Command Create(LabCli cli)
    {
        var lab = CommonOptions.Lab();
        var json = CommonOptions.Json();
        var command = new Command("verify", "Prove from the ledger that no item is lost, duplicated, queued or stranded.") { lab, json };
        command.SetAction(parse => VerbAction.Run(cli, () =>
        {
            using var opened = Lab.Open(parse.GetValue(lab)!);
            var report = opened.Read(Verifier.Run);
            if (parse.GetValue(json))
            {
                Printer.Json(cli, new { report.Passed, report.ItemsChecked, report.MailboxesChecked, report.Findings });
            }
            else if (report.Passed)
            {
                Printer.Line(cli, $"Verified: {report.ItemsChecked} item(s) in {report.MailboxesChecked} mailbox(es), each exactly once in its home database; nothing queued or stranded.");
            }
            else
            {
                Printer.Table(cli, ["Finding", "Mailbox", "Item", "Detail"],
                    report.Findings.Select(f => (IReadOnlyList<object?>)[f.Kind, f.Mailbox, f.MessageId, f.Detail]));
                Printer.Line(cli, $"Verify failed: {report.Findings.Count} finding(s) over {report.ItemsChecked} item(s).");
            }
            return report.Passed ? 0 : 1;
        }));
        return command;
    }
}
