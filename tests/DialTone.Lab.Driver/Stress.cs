using System.Diagnostics;
using DialTone.Lab.Cmdlets;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Driver;

/// <summary>
/// For a number of seconds, runs executions that each re-home a random user mailbox onto a random database and deliver
/// one message to it, in one atomic execution (the message's subject names that database); every tenth loop also reads.
/// </summary>
public static class Stress
{
    public static int Run(string path, double seconds, string name)
    {
        using var lab = Lab.Open(path, new LabOptions { Who = name });
        var clock = Stopwatch.StartNew();
        var random = new Random(name.GetHashCode(StringComparison.Ordinal));
        var users = lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs(ResultSize: null, ResultSizeGiven: true)))
            .Where(m => m.Type == RecipientType.UserMailbox).Select(m => m.Alias).ToList();
        var databases = lab.Read(x => DatabaseCmdlets.Get(x, null, null)).Select(d => d.Name).ToList();
        var executions = 0;
        for (var loop = 0; clock.Elapsed.TotalSeconds < seconds; loop++)
        {
            var alias = users[random.Next(users.Count)];
            var database = databases[random.Next(databases.Count)];
            lab.Mutate($"stress {alias} -> {database}", alias, x =>
            {
                var mailbox = MailboxCmdlets.Set(x, new SetMailboxArgs(alias, database));
                return Delivery.Send(x, mailbox, $"stress {name} {loop} -> {database}", 4_000);
            });
            executions++;
            if (loop % 10 == 0)
            {
                lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs(Database: database)).Count);
            }
        }
        Console.WriteLine($"{name} executions={executions}");
        return 0;
    }
}
