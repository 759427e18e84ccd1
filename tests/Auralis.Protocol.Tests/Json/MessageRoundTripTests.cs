using System.Text;
using System.Text.Json;
using Auralis.Protocol.Json;

namespace Auralis.Protocol.Tests.Json;

public class MessageRoundTripTests
{
    [Theory]
    [MemberData(nameof(SampleMessages.ServerNames), MemberType = typeof(SampleMessages))]
    public void Every_server_message_reads_back_equal_to_what_was_written(string name)
    {
        var message = SampleMessages.Server[name];

        var json = ProtocolJson.Write(message);
        var ok = ProtocolJson.TryReadServerMessage(json, out var read, out var error);

        Assert.True(ok, error?.ToString());
        Assert.Equal(message, read);
        Assert.Equal(message.GetType(), read!.GetType());
    }

    [Theory]
    [MemberData(nameof(SampleMessages.ClientNames), MemberType = typeof(SampleMessages))]
    public void Every_client_message_reads_back_equal_to_what_was_written(string name)
    {
        var message = SampleMessages.Client[name];

        var json = ProtocolJson.Write(message);
        var ok = ProtocolJson.TryReadClientMessage(json, out var read, out var error);

        Assert.True(ok, error?.ToString());
        Assert.Equal(message, read);
    }

    [Theory]
    [MemberData(nameof(SampleMessages.ServerNames), MemberType = typeof(SampleMessages))]
    public void A_server_message_is_one_object_whose_first_property_is_its_type(string name)
    {
        var message = SampleMessages.Server[name];

        using var document = JsonDocument.Parse(ProtocolJson.Write(message));

        var first = document.RootElement.EnumerateObject().First();
        Assert.Equal("type", first.Name);
        Assert.Equal(message.Type, first.Value.GetString());
    }

    [Fact]
    public void Doubles_survive_the_round_trip_bit_for_bit()
    {
        double[] prices = [0.1, 1.0 / 3.0, 123456.789012345678, double.Epsilon, 1e308, 5e-324, 99.99999999999999];

        foreach (var price in prices)
        {
            var json = ProtocolJson.Write(new Messages.ClientMessages.ExternalPrice(price));
            Assert.True(ProtocolJson.TryReadClientMessage(json, out var read, out _));
            Assert.Equal(BitConverter.DoubleToInt64Bits(price), BitConverter.DoubleToInt64Bits(((Messages.ClientMessages.ExternalPrice)read!).Price));
        }
    }

    [Fact]
    public void Text_with_quotes_controls_and_non_latin_letters_survives_the_round_trip()
    {
        var reason = "\"shutting\" down\n\t— 再见 🎵 </script>";

        var json = ProtocolJson.Write(new Messages.ServerMessages.Closing(reason));

        Assert.True(ProtocolJson.TryReadServerMessage(json, out var read, out _));
        Assert.Equal(reason, ((Messages.ServerMessages.Closing)read!).Reason);
        Assert.DoesNotContain("\n", Encoding.UTF8.GetString(json), StringComparison.Ordinal);
    }
}
