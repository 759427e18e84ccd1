using Auralis.Engine.Sessions;
using Auralis.Node.Streaming;
using Auralis.Protocol;
using Auralis.Protocol.Messages;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Node.Tests.Streaming;

public sealed class WireMappingTests
{
    [Theory]
    [InlineData(true, "restarts from the last checkpoint")]
    [InlineData(false, "the session has failed")]
    public void A_fault_of_the_sessions_music_reaches_clients_as_an_error_that_says_what_happens_next(bool restarting, string next)
    {
        var fault = new SessionFaulted(new SessionId("demo"), "clock", "its clock stage threw at step 12: InvalidOperationException: boom", restarting);

        var error = Assert.IsType<ServerMessages.Error>(WireMapping.ToWire(fault));

        Assert.Equal(ErrorCodes.SessionFaulted, error.Code);
        Assert.Contains("clock stage threw at step 12", error.Message);
        Assert.Contains(next, error.Message);
    }
}
