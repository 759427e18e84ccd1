namespace Auralis.Node.Tests.Osc;

public sealed class OscStartupTests
{
    [Theory]
    [InlineData("--osc-udp", "seventy")]
    [InlineData("--osc-tcp", "70000")]
    [InlineData("--osc-framing", "cobs")]
    [InlineData("--osc-allow", "not-an-address")]
    [InlineData("--osc-host", "somewhere")]
    public void Bad_osc_options_are_refused_with_a_reason(params string[] args)
    {
        Assert.Throws<FormatException>(() => NodeHost.Build([.. args, "--no-demo"]));
    }

    [Fact]
    public void An_open_node_refuses_osc_beyond_loopback_unless_an_allow_list_says_who()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NodeHost.Build(["--osc-host", "0.0.0.0", "--no-demo"]));
        Assert.Contains("no API keys", error.Message);

        var app = NodeHost.Build(["--osc-host", "0.0.0.0", "--osc-allow", "192.0.2.7", "--no-demo"]);
        Assert.NotNull(app);
        ((IDisposable)app).Dispose();
    }
}
