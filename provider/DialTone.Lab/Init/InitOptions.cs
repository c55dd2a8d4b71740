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
        if (Databases < 1 || Databases > 99 * Servers)
        {
            problems.Add($"--databases must be between 1 and {99 * Math.Max(Servers, 1)} for {Servers} server(s) (got {Databases}).");
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
