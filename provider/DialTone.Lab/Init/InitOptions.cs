namespace DialTone.Lab.Init;

/// <summary>The organization <c>dialtone-lab init</c> builds (defaults from the public contract).</summary>
public sealed record InitOptions
{
    public int Servers { get; init; } = 2;

    public int Databases { get; init; } = 4;

    public int Mailboxes { get; init; } = 200;

    /// <summary>Messages in each user mailbox; each also holds an Inbox rule and a view (folder-associated items).</summary>
    public int Items { get; init; } = 10;

    public int Seed { get; init; } = 1;

    /// <summary>Items per second the simulated Mailbox Replication Service copies for one request.</summary>
    public double MrsRate { get; init; } = 50;

    /// <summary>Every bad value at once, each naming its option and the fix; empty when the options are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Servers is < 1 or > 99)
        {
            problems.Add($"--servers must be between 1 and 99 (got {Servers}).");
        }
        // A server holds at most 99 databases, so their range follows from --servers, when that is usable.
        var serversUsable = Servers is >= 1 and <= 99;
        if (Databases < 1 || serversUsable && Databases > 99 * Servers)
        {
            problems.Add(serversUsable
                ? $"--databases must be between 1 and {99 * Servers} for {Servers} server(s) (got {Databases})."
                : $"--databases must be at least 1 (got {Databases}).");
        }
        if (Mailboxes is < 0 or > 999_999)
        {
            problems.Add($"--mailboxes must be between 0 and 999999 (got {Mailboxes}).");
        }
        if (Items is < 0 or > 10_000)
        {
            problems.Add($"--items must be between 0 and 10000 (got {Items}).");
        }
        if (!(MrsRate > 0) || double.IsInfinity(MrsRate))
        {
            problems.Add($"--mrs-rate must be a positive number of items per second (got {MrsRate}).");
        }
        return problems;
    }
}
