namespace DialTone.Lab;

/// <summary>
/// A command failed the way Exchange fails: PowerShell's error category, Exchange's message text, and the object the
/// command was working on. Nothing the failed execution started is kept.
/// </summary>
public sealed class LabException(string category, string message, string target) : Exception(message)
{
    public string Category { get; } = category;

    public string Target { get; } = target;
}

/// <summary>The lab file is missing or is not a lab: a setup error, not something Exchange would say.</summary>
public sealed class LabNotFoundException(string message) : Exception(message);
