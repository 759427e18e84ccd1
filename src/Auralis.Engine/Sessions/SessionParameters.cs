using System.Collections.Frozen;
using Auralis.Audio.Instruments;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Engine.Sessions;

/// <summary>Every parameter a listener may steer, by its wire name, with its range and default.</summary>
public static class SessionParameters
{
    /// <summary>The four voices of a session, in the order the session merges their notes.</summary>
    public static IReadOnlyList<string> Voices { get; } = ["soprano", "alto", "bass", "perc"];

    /// <summary>The built-in instruments a voice can play.</summary>
    public static IReadOnlyList<string> Instruments => InstrumentParameters.Names;

    /// <summary>The drums of the session's kit a library sample can replace, each the parameter "kit.{slot}".</summary>
    public static IReadOnlyList<string> KitSlots => DrumKitInstrument.Drums;

    /// <summary>True for a parameter whose value names a sample of the session's library ("" for the built-in sound).</summary>
    public static bool NamesSample(string name) =>
        name.StartsWith("kit.", StringComparison.Ordinal) || name.EndsWith(".sample", StringComparison.Ordinal) || NamesSoundFont(name);

    /// <summary>True for a parameter whose value names a SoundFont (.sf2) or SFZ of the session's library.</summary>
    public static bool NamesSoundFont(string name) => name.EndsWith(".soundfont", StringComparison.Ordinal);

    /// <summary>The tonic of the key.</summary>
    public const string Key = "key";
    /// <summary>The scale or mode.</summary>
    public const string Mode = "mode";
    /// <summary>Tempo in beats per minute.</summary>
    public const string Bpm = "bpm";
    /// <summary>The time signature, "4/4".</summary>
    public const string TimeSignature = "timeSignature";
    /// <summary>How busy the music is, 0..1.</summary>
    public const string Intensity = "intensity";
    /// <summary>How far a price change moves the melody.</summary>
    public const string Sensitivity = "sensitivity";
    /// <summary>Where prices come from.</summary>
    public const string Source = "source";
    /// <summary>The regime: "auto" follows the prices, or one regime is forced.</summary>
    public const string Regime = "regime";
    /// <summary>The master volume after mastering, 0..1 (1: the loudness target).</summary>
    public const string Volume = "volume";
    /// <summary>The loudness the master brings the mix to, in LUFS.</summary>
    public const string Loudness = "loudness";
    /// <summary>The reverb's wet level, 0..1.</summary>
    public const string Reverb = "reverb";
    /// <summary>The delay's mix, 0..1.</summary>
    public const string Delay = "delay";

    // (Declared before the specs, which read them as they are built.) A General MIDI set by default: acoustic grand piano, string ensemble, fingered bass, the standard kit.
    private static readonly int[] GeneralMidiBanks = [0, 0, 0, 128];
    private static readonly int[] GeneralMidiPrograms = [0, 48, 33, 0];

    private static readonly FrozenDictionary<string, ParameterSpec> Specs = Build().ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>All parameters.</summary>
    public static IEnumerable<ParameterSpec> All => Specs.Values;

    /// <summary>The default value of every parameter.</summary>
    public static IReadOnlyDictionary<string, ParameterValue> Defaults { get; } = Specs.Values.ToDictionary(s => s.Name, s => s.Default);

    /// <summary>The spec named <paramref name="name"/>, or null.</summary>
    public static ParameterSpec? Find(string name) => Specs.GetValueOrDefault(name);

    private static IEnumerable<ParameterSpec> Build()
    {
        yield return new(Key, "the key's tonic (C, F#, Bb …)", ParameterValue.Of("C"),
            CheckText: text => TryParse(() => PitchClass.Parse(text), $"'{text}' is not a key (expected a tonic such as C, F# or Bb)."));
        yield return new(Mode, "the scale or mode", ParameterValue.Of("major"), Choices: Scale.All.Select(s => s.Name).ToArray());
        yield return new(Bpm, "tempo in beats per minute", ParameterValue.Of(96), Min: 20, Max: 300);
        yield return new(TimeSignature, "beats per bar / beat unit", ParameterValue.Of("4/4"),
            CheckText: text => TryParse(() => Music.Time.TimeSignature.Parse(text), $"'{text}' is not a time signature (expected e.g. 4/4 or 7/8)."));
        yield return new(Intensity, "how busy the music is", ParameterValue.Of(0.5), Min: 0, Max: 1);
        yield return new(Sensitivity, "how far a price change moves the melody", ParameterValue.Of(1), Min: 0.1, Max: 10);
        yield return new(Source, "where prices come from", ParameterValue.Of("simulated"), Choices: ["simulated", "sp500", "external"]);
        yield return new(Regime, "auto follows the prices; a name forces that regime", ParameterValue.Of("auto"),
            Choices: ["auto", "bull", "bear", "sideways", "volatile"]);
        yield return new(Volume, "master volume after mastering (1: the loudness target)", ParameterValue.Of(1), Min: 0, Max: 1);
        yield return new(Loudness, "the loudness the master brings the mix to, in LUFS", ParameterValue.Of(-16),
            Min: Audio.Rendering.SessionRenderer.MinLoudnessLufs, Max: Audio.Rendering.SessionRenderer.MaxLoudnessLufs);
        yield return new(Reverb, "reverb wet level", ParameterValue.Of(0.25), Min: 0, Max: 1);
        yield return new(Delay, "delay mix", ParameterValue.Of(0.15), Min: 0, Max: 1);
        string[] defaultInstruments = ["subtractive", "fm", "subtractive", "drums"];
        for (var i = 0; i < Voices.Count; i++)
        {
            var voice = Voices[i];
            yield return new($"{voice}.instrument", $"the {voice} voice's instrument", ParameterValue.Of(defaultInstruments[i]), Choices: Instruments);
            yield return new($"{voice}.gain", $"the {voice} voice's level", ParameterValue.Of(0.7), Min: 0, Max: 1);
            yield return new($"{voice}.pan", $"the {voice} voice's stereo position", ParameterValue.Of(PanOf(voice)), Min: -1, Max: 1);
            yield return new($"{voice}.sample", $"the library sample the {voice} voice's sampler plays (empty: the built-in pluck)", ParameterValue.Of(string.Empty));
            yield return new($"{voice}.soundfont", $"the SoundFont (.sf2) or SFZ of the library the {voice} voice's soundfont instrument plays", ParameterValue.Of(string.Empty));
            yield return new($"{voice}.bank", $"the General MIDI bank of the {voice} voice's SoundFont preset (128: the drum kits)", ParameterValue.Of(GeneralMidiBanks[i]),
                Min: 0, Max: 128, Whole: true);
            yield return new($"{voice}.program", $"the General MIDI program of the {voice} voice's SoundFont preset", ParameterValue.Of(GeneralMidiPrograms[i]),
                Min: 0, Max: 127, Whole: true);
        }

        foreach (var slot in KitSlots)
        {
            yield return new($"kit.{slot}", $"the library sample every drum kit plays for its {slot} (empty: the synthesized {slot})", ParameterValue.Of(string.Empty));
        }
    }

    private static double PanOf(string voice) => voice switch
    {
        "soprano" => 0.45,
        "alto" => -0.45,
        "perc" => 0.15,
        _ => 0.0,
    };

    private static string? TryParse(Action parse, string error)
    {
        try
        {
            parse();
            return null;
        }
        catch (FormatException)
        {
            return error;
        }
    }
}
