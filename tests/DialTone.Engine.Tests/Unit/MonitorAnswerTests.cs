using DialTone.Provider.Values;
using DialTone.Engine.Programs;
using DialTone.Engine.Services;
using DialTone.Provider.Protocol;

namespace DialTone.Engine.Tests.Unit;

/// <summary>
/// The ResourceMonitor's reply to a registration holds secrets and resource references only for a caller that
/// accepts them, as the engine marshals it.
/// </summary>
public sealed class MonitorAnswerTests
{
    private static readonly ResourceOutputs Registered = new("urn:w", "w-1", PropertyMap.Empty
        .With("password", PropertyValue.String("hunter2").WithSecret())
        .With("owner", PropertyValue.FromResource(new ResourceReference("urn:owner", "owner-1"))));

    [Fact]
    public void A_caller_that_accepts_secrets_and_resources_gets_them_as_they_are()
    {
        var answer = ResourceMonitor.Answer(new RegisterResourceRequest { AcceptSecrets = true, AcceptResources = true }, Registered);

        Assert.Equal(Registered.Outputs, Provider.Rpc.ValueConverter.ToMap(answer.Object));
        Assert.Equal(("urn:w", "w-1"), (answer.Urn, answer.Id));
    }

    [Fact]
    public void A_caller_that_accepts_neither_gets_the_plain_secret_and_the_referenced_id()
    {
        var answer = ResourceMonitor.Answer(new RegisterResourceRequest(), Registered);

        Structs.AssertJson("""{"password":"hunter2","owner":"owner-1"}""", answer.Object);
    }
}
