using Auralis.Audio.Analysis;
using Auralis.Engine.Agents;
using Auralis.Engine.Sessions;
using Auralis.Music.Theory;
using Auralis.Protocol.Rest;

namespace Auralis.Node.Api;

/// <summary>The agents' answers as the REST records of <c>Auralis.Protocol</c>, written with the same JSON the engine's own types had.</summary>
public static class AgentAnswers
{
    /// <summary>Samples of a session's library.</summary>
    public static SampleList Samples(IEnumerable<SampleEntry> samples) =>
        new([.. samples.Select(s => new SampleListed(s.Name, s.Sha256, Heard(s.Features), s.Distance))]);

    /// <summary>A session's presets.</summary>
    public static PresetList Presets(IReadOnlyDictionary<string, PluginPreset> presets) =>
        new(presets.ToDictionary(p => p.Key, p => new PresetSaved(
            p.Value.Values.ToDictionary(v => v.Key, v => new PresetValue(v.Value.Number, v.Value.Text)), p.Value.Plugins)));

    private static SampleHeard Heard(SampleFeatures f) =>
        new(f.DurationSeconds, f.Rms, f.Peak, f.SpectralCentroidHertz, f.ZeroCrossingRate, f.OnsetSeconds, f.PitchHertz, f.OnsetsPerSecond,
            f.Note is { } note ? new NoteHeard(note.Hertz, Named(note.Nearest), note.Cents, note.Name, note.Midi) : null);

    private static PitchNamed Named(Pitch pitch) =>
        new(pitch.MidiNumber, new PitchClassNamed(pitch.PitchClass.Value, pitch.PitchClass.Name), pitch.Octave, pitch.Name, pitch.Frequency);
}
