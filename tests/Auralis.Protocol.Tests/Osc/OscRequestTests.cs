using Auralis.Protocol.Messages;
using Auralis.Protocol.Osc;

namespace Auralis.Protocol.Tests.Osc;

public class OscRequestTests
{
    public static TheoryData<OscMessage, OscRequest> Requests => new()
    {
        { new OscMessage("/auralis/auth", "secret"), new OscRequests.Auth("secret") },
        { new OscMessage("/auralis/demo/param/tempo", 128f), new OscRequests.Param("demo", "tempo", 128.0) },
        { new OscMessage("/auralis/demo/param/intensity", 3), new OscRequests.Param("demo", "intensity", 3.0) },
        { new OscMessage("/auralis/demo/param/bpm", 97.5), new OscRequests.Param("demo", "bpm", 97.5) },
        { new OscMessage("/auralis/demo/param/key", "D"), new OscRequests.Param("demo", "key", "D") },
        { new OscMessage("/auralis/demo/transport/play"), new OscRequests.Transport("demo", TransportAction.Play) },
        { new OscMessage("/auralis/demo/transport/stop"), new OscRequests.Transport("demo", TransportAction.Stop) },
        { new OscMessage("/auralis/demo/transport/seek", 1920), new OscRequests.Transport("demo", TransportAction.Seek, 1920) },
        { new OscMessage("/auralis/demo/transport/seek", 1L << 40), new OscRequests.Transport("demo", TransportAction.Seek, 1L << 40) },
        { new OscMessage("/auralis/demo/price", 101.25f), new OscRequests.Price("demo", 101.25) },
        { new OscMessage("/auralis/demo/price", 101.125), new OscRequests.Price("demo", 101.125) },
        { new OscMessage("/auralis/demo/subscribe"), new OscRequests.Subscribe("demo") },
        { new OscMessage("/auralis/demo/transport/st?p"), new OscRequests.Transport("demo", TransportAction.Stop) },
        { new OscMessage("/auralis/demo/transport/{seek,play}", 0), new OscRequests.Transport("demo", TransportAction.Seek, 0) },
        { new OscMessage("/aura*/demo/pri[a-z]e", 2f), new OscRequests.Price("demo", 2) },
        { new OscMessage("/auralis/demo/param/bpm", 120f, "k-17"), new OscRequests.Param("demo", "bpm", 120.0) { RequestId = "k-17" } },
        { new OscMessage("/auralis/demo/param/key", "F#", "k-18"), new OscRequests.Param("demo", "key", "F#") { RequestId = "k-18" } },
        { new OscMessage("/auralis/demo/transport/stop", "k-19"), new OscRequests.Transport("demo", TransportAction.Stop) { RequestId = "k-19" } },
        { new OscMessage("/auralis/demo/transport/seek", 960, "k-20"), new OscRequests.Transport("demo", TransportAction.Seek, 960) { RequestId = "k-20" } },
        { new OscMessage("/auralis/demo/price", 99.5f, "k-21"), new OscRequests.Price("demo", 99.5) { RequestId = "k-21" } },
    };

    [Fact]
    public void A_key_never_stands_in_for_a_missing_value_nor_joins_an_auth()
    {
        AssertRefused(new OscMessage("/auralis/demo/param/bpm", 120f, 7), OscErrorCodes.WrongArguments);
        Assert.True(OscRequests.TryParse(new OscMessage("/auralis/demo/param/bpm", "k-1"), out var word, out _));
        Assert.Null(word.RequestId);
        AssertRefused(new OscMessage("/auralis/auth", "secret", "k-2"), OscErrorCodes.WrongArguments);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Each_address_of_the_space_is_read_into_its_typed_request(OscMessage message, OscRequest expected)
    {
        Assert.True(OscRequests.TryParse(message, out var request, out var error), error?.ToString());
        Assert.Equal(expected, request);
    }

    [Theory]
    [InlineData("/auralis/demo/nothing")]
    [InlineData("/other/demo/price")]
    [InlineData("/auralis/demo/transport/loop")]
    [InlineData("/auralis")]
    [InlineData("/auralis//price")]
    [InlineData("/auralis/demo/param/tempo/extra")]
    public void An_address_outside_the_space_is_unknown(string address) =>
        AssertRefused(new OscMessage(address, 1f), OscErrorCodes.UnknownAddress);

    [Theory]
    [InlineData("/auralis/*/price")]
    [InlineData("/auralis/{demo,other}/transport/play")]
    [InlineData("/auralis/demo/param/t*")]
    public void A_pattern_may_not_pick_a_session_or_a_parameter(string address)
    {
        var error = AssertRefused(new OscMessage(address), OscErrorCodes.UnknownAddress);
        Assert.Contains("literally", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_fitting_several_methods_is_refused_rather_than_fanned_out()
    {
        var error = AssertRefused(new OscMessage("/auralis/demo/transport/*"), OscErrorCodes.UnknownAddress);
        Assert.Contains("2 methods", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<OscMessage> WrongArguments => new()
    {
        new OscMessage("/auralis/auth"),
        new OscMessage("/auralis/auth", 1),
        new OscMessage("/auralis/demo/param/tempo"),
        new OscMessage("/auralis/demo/param/tempo", 1f, 2f),
        new OscMessage("/auralis/demo/param/tempo", true),
        new OscMessage("/auralis/demo/transport/play", 1),
        new OscMessage("/auralis/demo/transport/seek"),
        new OscMessage("/auralis/demo/transport/seek", 1.5f),
        new OscMessage("/auralis/demo/price", "high"),
        new OscMessage("/auralis/demo/subscribe", "pcm16"),
    };

    [Theory]
    [MemberData(nameof(WrongArguments))]
    public void Arguments_of_the_wrong_types_or_count_are_wrong_arguments(OscMessage message) =>
        AssertRefused(message, OscErrorCodes.WrongArguments);

    public static TheoryData<OscMessage> BadValues => new()
    {
        new OscMessage("/auralis/demo/param/tempo", float.NaN),
        new OscMessage("/auralis/demo/param/tempo", double.PositiveInfinity),
        new OscMessage("/auralis/demo/price", 0f),
        new OscMessage("/auralis/demo/price", -3.0),
        new OscMessage("/auralis/demo/price", float.PositiveInfinity),
        new OscMessage("/auralis/demo/transport/seek", -1),
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Values_of_the_right_type_but_out_of_range_are_bad_values(OscMessage message) =>
        AssertRefused(message, OscErrorCodes.BadValue);

    [Fact]
    public void Addresses_built_for_a_session_are_the_ones_the_parser_reads()
    {
        Assert.Equal("/auralis/demo/param/tempo", OscAddresses.Param("demo", "tempo"));
        Assert.Equal("/auralis/demo/transport/seek", OscAddresses.Transport("demo", TransportAction.Seek));
        Assert.Equal("/auralis/demo/price", OscAddresses.Price("demo"));
        Assert.Equal("/auralis/demo/subscribe", OscAddresses.Subscribe("demo"));
        Assert.Throws<ArgumentException>(() => OscAddresses.Price("de/mo"));
        Assert.Throws<ArgumentException>(() => OscAddresses.Param("demo", "*"));
        Assert.Throws<ArgumentOutOfRangeException>(() => OscAddresses.Transport("demo", TransportAction.Loop));
    }

    [Fact]
    public void Events_go_out_with_the_documented_type_tags()
    {
        Assert.Equal(new OscMessage("/auralis/demo/note", "bass", 43, 96, 240), OscEvents.Note("demo", "bass", 43, 96, 240));
        Assert.Equal(",ssiiiii", OscEvents.Chord("demo", "Dm7", "ii7", 2, [2, 5, 9, 0]).TypeTags);
        Assert.Equal(new OscMessage("/auralis/demo/price", 101.5f, -0.25f, "calm"), OscEvents.Price("demo", 101.5, -0.25, "calm"));
        Assert.Equal(new OscMessage("/auralis/demo/beat", 12, 3), OscEvents.Beat("demo", 12, 3));
    }

    [Fact]
    public void A_scheduled_bundle_yields_each_request_with_its_time()
    {
        var at = OscTimeTag.FromDateTimeOffset(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        OscPacket packet = new OscBundle(at, new OscMessage("/auralis/demo/param/tempo", 90f), new OscMessage("/auralis/demo/transport/play"));

        var requests = packet.Messages().Select(m => (m.Time, OscRequests.TryParse(m.Message, out var r, out _) ? r : null)).ToArray();

        Assert.Equal([(at, new OscRequests.Param("demo", "tempo", 90.0)), (at, new OscRequests.Transport("demo", TransportAction.Play))], requests);
    }

    private static ProtocolError AssertRefused(OscMessage message, string code)
    {
        Assert.False(OscRequests.TryParse(message, out var request, out var error));
        Assert.Null(request);
        Assert.Equal(code, error.Code);
        return error;
    }
}
