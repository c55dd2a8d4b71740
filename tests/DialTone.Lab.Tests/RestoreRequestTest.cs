using DialTone.Lab.Cmdlets;
using DialTone.Lab.Replication;

namespace DialTone.Lab.Tests;

/// <summary>
/// What the restore request tests share: a lab ready to merge (<see cref="MergeFixture"/>), built anew for each test,
/// and user0001's first request as the MRS has it after the clock moves on.
/// </summary>
public abstract class RestoreRequestTest(bool withDialToneRule = false) : IDisposable
{
    protected const string Identity = @"user0001\MailboxRestore";

    protected MergeFixture Fixture { get; } = new(withDialToneRule);

    protected TestLab Lab => Fixture.Lab;

    /// <summary>The status and progress of user0001's first request once the clock has moved on by <paramref name="advance"/>.</summary>
    protected (RequestStatus Status, int Processed) After(TimeSpan advance)
    {
        Lab.Clock.Advance(advance);
        var request = Lab.Read(x => RestoreRequestCmdlets.Statistics(x, Identity));
        return (request.Status, request.Processed);
    }

    public void Dispose()
    {
        Fixture.Dispose();
        GC.SuppressFinalize(this);
    }
}
