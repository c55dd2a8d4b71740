using System.Diagnostics;
using System.Globalization;
using DialTone.Lab;
using DialTone.Lab.Cmdlets;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;

// Usage: DialTone.Lab.Stress LAB SECONDS NAME
// For SECONDS, runs executions against LAB, each of which re-homes a random user mailbox onto a random database and
// delivers one message to it, in one atomic execution; every tenth loop also reads. Prints "NAME executions=N".
var lab = Lab.Open(args[0], new LabOptions { Who = args[2] });
var until = Stopwatch.StartNew();
var seconds = double.Parse(args[1], CultureInfo.InvariantCulture);
var random = new Random(args[2].GetHashCode(StringComparison.Ordinal));
var users = lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs(ResultSize: null, ResultSizeGiven: true)))
    .Where(m => m.Type == RecipientType.UserMailbox).Select(m => m.Alias).ToList();
var databases = lab.Read(x => DatabaseCmdlets.Get(x, null, null)).Select(d => d.Name).ToList();
var executions = 0;
for (var loop = 0; until.Elapsed.TotalSeconds < seconds; loop++)
{
    var alias = users[random.Next(users.Count)];
    var database = databases[random.Next(databases.Count)];
    lab.Mutate($"stress {alias} -> {database}", alias, x =>
    {
        var mailbox = MailboxCmdlets.Set(x, new SetMailboxArgs(alias, database));
        return Delivery.Send(x, mailbox, $"stress {args[2]} {loop}", 4_000);
    });
    executions++;
    if (loop % 10 == 0)
    {
        lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs(Database: database)).Count);
    }
}
Console.WriteLine($"{args[2]} executions={executions}");
lab.Dispose();
