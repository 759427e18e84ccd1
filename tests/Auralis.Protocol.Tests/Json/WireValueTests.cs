using System.Text.Json;
using Auralis.Protocol.Messages;

namespace Auralis.Protocol.Tests.Json;

public class WireValueTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_number_that_json_cannot_carry_is_refused(double number)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => WireValue.Of(number));

        Assert.Contains("finite", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_value_is_the_number_zero()
    {
        WireValue value = default;

        Assert.True(value.IsNumber);
        Assert.Equal(0.0, value.Number);
        Assert.Equal(WireValue.Of(0), value);
    }

    [Fact]
    public void A_number_and_the_same_digits_as_text_are_different_values()
    {
        Assert.NotEqual(WireValue.Of(120), WireValue.Of("120"));
        Assert.Equal(WireValue.Of("minor"), WireValue.Of("minor"));
        Assert.NotEqual(WireValue.Of("Minor"), WireValue.Of("minor"));
    }

    [Fact]
    public void The_serializer_writes_and_reads_a_wire_value_as_a_bare_number_or_string()
    {
        var map = new Dictionary<string, WireValue> { ["bpm"] = 96.5, ["key"] = "Eb" };

        var json = JsonSerializer.Serialize(map);
        var back = JsonSerializer.Deserialize<Dictionary<string, WireValue>>(json)!;

        Assert.Equal("""{"bpm":96.5,"key":"Eb"}""", json);
        Assert.Equal(map, back);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("[1]")]
    [InlineData("1e400")]
    public void The_serializer_refuses_what_is_not_a_finite_number_or_a_string(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<WireValue>(json));
}
