using Auralis.Music.Form;
using Auralis.Music.Harmony;
using Auralis.Music.Randomness;
using Auralis.Music.Rhythm;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Music.VoiceLeading;

/// <summary>
/// The accompaniment: the harmony sounded in full under the melody, as a held pad, a running arpeggio or comping
/// stabs, as the section's <see cref="Texture"/> asks, in close voicings that move as little as they can from chord to
/// chord and always lie inside <see cref="VoiceRange.Accompaniment"/>, below the melody.
/// </summary>
public sealed partial class Accompaniment(SeededRandom random)
{
    private readonly SeededRandom _random = random ?? throw new ArgumentNullException(nameof(random));
    private Pitch[] _voicing = [];
    private long _voicedChord = -1;
    private int _arpeggioStep;

    /// <summary>The range the chords are voiced in.</summary>
    public static VoiceRange Range => VoiceRange.Accompaniment;

    /// <summary>Forgets the last voicing (after a seek or a loop's wrap).</summary>
    public void Break()
    {
        _voicing = [];
        _voicedChord = -1;
    }

    /// <summary>The notes starting in the beat at <paramref name="tick"/>.</summary>
    public IReadOnlyList<Note> NextBeat(long tick, TimeSignature signature, ConductedBeat conducted, double intensity, bool swing, double surprise = 0,
        Regime regime = Regime.Sideways)
    {
        ArgumentNullException.ThrowIfNull(conducted);
        if (conducted.Chord.StartTick != _voicedChord)
        {
            _voicing = Voice(conducted.Current, _voicing);
            _voicedChord = conducted.Chord.StartTick;
            _arpeggioStep = 0;
        }

        var moment = conducted.Form;
        var beatTicks = signature.TicksPerBeat;
        var tickInBar = tick % signature.TicksPerBar;
        var beat = (int)(tickInBar / beatTicks);
        var chordEnd = conducted.Chord.EndTick;
        var barEnd = tick - tickInBar + signature.TicksPerBar;
        int Velocity(long at, double floor, double span) =>
            Dynamics.Velocity(floor + RegimeCharacter.Accent(regime), span, moment.Energy, at % signature.TicksPerBar, signature, moment.BarInPhrase, surprise,
                _random.NextInt(-4, 5));
        var notes = new List<Note>();
        switch (moment.Section.Texture)
        {
            case Texture.Pad:
                if (conducted.IsChordStart || tickInBar == 0)
                {
                    var length = (int)(Math.Min(chordEnd, barEnd) - tick);
                    notes.AddRange(_voicing.Select(p => new Note(tick, length, p, Velocity(tick, 28, 48))));
                }

                break;
            case Texture.Arpeggio:
                var busy = intensity * (0.5 + moment.Energy) > 0.65;
                var sub = busy ? Math.Max(beatTicks / 4, 1) : Math.Max(beatTicks / 2, 1);
                for (var at = tick; at < tick + beatTicks && at < chordEnd; at += sub)
                {
                    var index = ArpeggioIndex(_arpeggioStep++, _voicing.Length);
                    var (start, duration) = Swing.Apply(at, sub, beatTicks, swing);
                    notes.Add(new Note(start, duration, _voicing[index], Velocity(at, 32, 46)));
                }

                break;
            default:
                var stabs = new List<long>();
                if (conducted.IsChordStart)
                {
                    stabs.Add(tick);
                }

                if (beat % 2 == 1 || (signature.BeatsPerBar % 2 == 1 && beat == signature.BeatsPerBar - 1))
                {
                    stabs.Add(tick + (beatTicks / 2));
                }

                foreach (var at in stabs.Where(at => at < chordEnd))
                {
                    var (start, duration) = Swing.Apply(at, beatTicks / 2, beatTicks, swing);
                    notes.AddRange(_voicing.Select(p => new Note(start, duration - (duration / 5), p, Velocity(at, 38, 48))));
                }

                break;
        }

        return notes;
    }

    // Up and down the chord: 0 1 2 3 2 1 0 1 … over however many notes the voicing has.
    private static int ArpeggioIndex(int step, int count)
    {
        if (count <= 1)
        {
            return 0;
        }

        var cycle = (2 * count) - 2;
        var position = step % cycle;
        return position < count ? position : cycle - position;
    }


    /// <summary>The close voicing of <paramref name="chord"/> in the range whose notes move least from <paramref name="previous"/>.</summary>
    public static Pitch[] Voice(Chord chord, IReadOnlyList<Pitch> previous)
    {
        ArgumentNullException.ThrowIfNull(chord);
        var classes = chord.PitchClasses.Take(4).ToArray();
        var best = Array.Empty<Pitch>();
        var bestCost = double.MaxValue;
        for (var bottom = Range.Low.MidiNumber; bottom <= Range.High.MidiNumber; bottom++)
        {
            if (!classes.Contains(PitchClass.FromSemitones(bottom)))
            {
                continue;
            }

            var voicing = new List<Pitch> { new(bottom) };
            var midi = bottom;
            while (voicing.Count < classes.Length)
            {
                midi++;
                if (classes.Contains(PitchClass.FromSemitones(midi)) && voicing.All(p => p.PitchClass != PitchClass.FromSemitones(midi)))
                {
                    voicing.Add(new Pitch(midi));
                }
            }

            if (voicing[^1] > Range.High)
            {
                break;
            }

            var centre = (Range.Low.MidiNumber + Range.High.MidiNumber) / 2.0;
            var cost = previous.Count == 0
                ? Math.Abs(voicing.Average(p => p.MidiNumber) - centre)
                : voicing.Sum(p => previous.Min(q => Math.Abs(p - q)));
            if (cost < bestCost)
            {
                (best, bestCost) = (voicing.ToArray(), cost);
            }
        }

        return best.Length > 0 ? best : [new Pitch(Range.Low.MidiNumber + chord.Root.Value)];
    }
}
