namespace DialTone.Engine.Deployments;

/// <summary>A step failed and its error is reported; the registration that hit it fails, and the run stops starting steps.</summary>
internal sealed class StepFailedException(string message) : Exception(message);

/// <summary>A registration that never started its steps, because an earlier step failed.</summary>
internal sealed class SkippedException() : Exception("Skipped: an earlier step failed.");
