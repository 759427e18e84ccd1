using System.Text.Json;
using System.Text.Json.Serialization;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Engine.Persistence;

/// <summary>
/// Writes the music's value types as musicians write them — a pitch as its MIDI number, a key as "D dorian", a metre as
/// "7/8", a chord's numeral as "V7" — and reads them back through their own constructors and parsers, which check them.
/// </summary>
/// <remarks>The composer's checkpoint holds these types; no event does.</remarks>
public static class MusicJsonConverters
{
    /// <summary>Every converter, to add to a <see cref="JsonSerializerOptions"/>.</summary>
    public static IEnumerable<JsonConverter> All { get; } =
        [new PitchConverter(), new KeyConverter(), new TimeSignatureConverter(), new RomanNumeralConverter()];

    private sealed class PitchConverter : JsonConverter<Pitch>
    {
        public override Pitch Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt32());

        public override void Write(Utf8JsonWriter writer, Pitch value, JsonSerializerOptions options) => writer.WriteNumberValue(value.MidiNumber);
    }

    private sealed class KeyConverter : JsonConverter<Key>
    {
        public override Key Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Key.Parse(reader.GetString() ?? throw new JsonException("A key is written as text, such as \"D dorian\"."));

        public override void Write(Utf8JsonWriter writer, Key value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
    }

    private sealed class TimeSignatureConverter : JsonConverter<TimeSignature>
    {
        public override TimeSignature Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TimeSignature.Parse(reader.GetString() ?? throw new JsonException("A metre is written as text, such as \"7/8\"."));

        public override void Write(Utf8JsonWriter writer, TimeSignature value, JsonSerializerOptions options) =>
            writer.WriteStringValue($"{value.BeatsPerBar}/{value.BeatUnit}");
    }

    private sealed class RomanNumeralConverter : JsonConverter<RomanNumeral>
    {
        public override RomanNumeral Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            RomanNumeral.Parse(reader.GetString() ?? throw new JsonException("A chord's numeral is written as text, such as \"V7\"."));

        public override void Write(Utf8JsonWriter writer, RomanNumeral value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
    }
}
