using Auralis.Cli.Sessions;
using Auralis.Protocol.Rest;

namespace Auralis.Cli.Tests.Sessions;

public sealed class NodeAnswersTests
{
    [Fact]
    public void A_cluster_answer_is_read_into_its_record()
    {
        var view = NodeAnswers.Read<ClusterView>(
            """{"self":"a","sessionsHere":["demo"],"leader":null,"members":[{"address":"a","status":"up","roles":["sessions"],"reachable":true}]}""");

        Assert.Equal(("a", null), (view.Self, view.Leader));
        Assert.Equal("up", Assert.Single(view.Members).Status);
    }

    [Theory]
    [InlineData("<html>gateway timeout</html>")]
    [InlineData("null")]
    [InlineData("""{"self": 5}""")]
    [InlineData("""{"self": "a", "sessionsHere": [], "leader": null}""")]
    [InlineData("""{"self": null, "sessionsHere": [], "leader": null, "members": []}""")]
    public void An_answer_that_is_not_the_record_is_a_clear_failure(string json)
    {
        var failure = Assert.Throws<CliFailure>(() => NodeAnswers.Read<ClusterView>(json));

        Assert.StartsWith("the node's answer is not a ClusterView", failure.Message, StringComparison.Ordinal);
    }
}
