namespace DialTone.Engine.Tests;

/// <summary>
/// Runs made once on a widget stack of their own and shared by every test of a class (an xunit class fixture), for
/// classes whose tests each read another part of the same runs: starting plugins is the slowest part of a run.
/// </summary>
public abstract class SharedWidgetRuns : WidgetStackTests, IAsyncLifetime
{
    private protected abstract Task RunAsync();

    public Task InitializeAsync() => RunAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
