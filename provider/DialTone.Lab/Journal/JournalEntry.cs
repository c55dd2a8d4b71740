namespace DialTone.Lab.Journal;

/// <summary>One command run against the lab: when, by whom, what, on which object, and how it ended.</summary>
public sealed record JournalEntry(
    long Sequence, DateTimeOffset At, string Who, string Command, string Target, string Result, string Message)
{
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";
}
