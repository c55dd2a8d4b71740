
namespace DialTone.Engine.Deployments;

/// <summary>A message the engine shows: an error, a warning or information, attached to a resource when it has one.</summary>
internal sealed record Diagnostic(DiagnosticSeverity Severity, string? Urn, string Message)
{
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: {Message}";
}

internal enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
