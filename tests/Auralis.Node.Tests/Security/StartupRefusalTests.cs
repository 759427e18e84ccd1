namespace Auralis.Node.Tests.Security;

public sealed class StartupRefusalTests
{
    [Fact]
    public void A_node_bound_beyond_loopback_without_keys_refuses_to_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NodeHost.Build(["--http", "http://0.0.0.0:5999", "--no-demo"]));

        Assert.Contains("no API keys", error.Message);
    }

    [Fact]
    public void A_node_whose_remoting_is_bound_beyond_loopback_without_keys_refuses_to_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NodeHost.Build(["--akka-host", "0.0.0.0", "--no-demo"]));

        Assert.Contains("remoting", error.Message);
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("--tcp", "seventy")]
    [InlineData("--akka-port", "70000")]
    [InlineData("--http")]
    public void Bad_options_are_refused_with_a_reason(params string[] args)
    {
        Assert.Throws<FormatException>(() => NodeHost.Build(args));
    }

    [Fact]
    public void An_unknown_role_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => NodeHost.Build(["--no-demo"], new Dictionary<string, string?>
        {
            ["Auralis:ApiKeys:0:Key"] = "k",
            ["Auralis:ApiKeys:0:Role"] = "emperor",
        }));

        Assert.Contains("emperor", error.Message);
    }
}
