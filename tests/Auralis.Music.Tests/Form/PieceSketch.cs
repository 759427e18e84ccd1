using Auralis.Music.Form;
using Auralis.Music.Harmony;
using Auralis.Music.Melody;
using Auralis.Music.Percussion;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using Auralis.Music.VoiceLeading;

namespace Auralis.Music.Tests.Form;

/// <summary>One beat of a sketched piece: the conductor's reading and what each part started in it.</summary>
internal sealed record SketchedBeat(long Tick, ConductedBeat Conducted, IReadOnlyList<Note> Melody, IReadOnlyList<Note> Accompaniment,
    IReadOnlyList<Note> Bass, IReadOnlyList<DrumHit> Drums);

/// <summary>The music library's parts played together beat by beat, as the session's voices play them, without the engine.</summary>
internal static class PieceSketch
{
    public static readonly Key CMajor = Key.Parse("C major");

    /// <summary>Sketches <paramref name="bars"/> bars; <paramref name="market"/> gives the register, lift and surprise at each beat.</summary>
    public static IReadOnlyList<SketchedBeat> Compose(ulong seed, int bars, Regime regime = Regime.Bull, double intensity = 0.5,
        Func<int, (double Register, double Lift, double Surprise)>? market = null, string metre = "4/4", Func<int, Regime>? regimeAtBar = null, double sensitivity = 1)
    {
        var signature = TimeSignature.Parse(metre);
        var conductor = new Conductor(seed);
        var melody = new ThemeMelody(SeededRandom.ForStream(seed, "voices/soprano"));
        var accompaniment = new Accompaniment(SeededRandom.ForStream(seed, "voices/alto"));
        var drums = SeededRandom.ForStream(seed, "voices/perc");
        var beats = new List<SketchedBeat>();
        for (var index = 0; index < bars * signature.BeatsPerBar; index++)
        {
            var tick = (long)index * signature.TicksPerBeat;
            var bar = index / signature.BeatsPerBar;
            var inRegime = regimeAtBar?.Invoke(bar) ?? regime;
            var conducted = conductor.Beat(tick, CMajor, signature, inRegime, intensity, broken: false);
            var (register, lift, surprise) = market?.Invoke(index) ?? (0, 0, 0);
            var line = melody.NextBeat(new MelodyBeat(tick, signature, conducted, intensity, register, lift, surprise, Swing: false, Sensitivity: sensitivity));
            var chords = accompaniment.NextBeat(tick, signature, conducted, intensity, swing: false);
            var bass = conducted.IsChordStart ? conducted.Bass : [];
            var hits = tick % signature.TicksPerBar == 0 && conducted.Form.Section.Drums
                ? Groove.Bar(tick, signature, inRegime, conducted.Form.Energy, intensity, conducted.Form.IsPhraseEnd, conducted.Form.IsSectionStart, drums)
                : [];
            beats.Add(new SketchedBeat(tick, conducted, line, chords, bass, hits));
        }

        return beats;
    }
}
