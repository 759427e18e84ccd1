using Auralis.Music.Percussion;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Engine.Composition;

/// <summary>The drums: the regime's groove bar by bar, shaped by the section's energy, with fills at phrase ends, resting where the form drops them, and a clap on every step where a bot trades.</summary>
public sealed class PercussionVoice(ulong seed) : IVoice
{
    private readonly SeededRandom _random = SeededRandom.ForStream(seed, "voices/perc");

    /// <inheritdoc />
    public string Name => "perc";

    /// <inheritdoc />
    public IEnumerable<Note> Plan(StepContext context)
    {
        var notes = new List<Note>();
        var form = context.Conducted.Form;
        if (context.Position.Beat == 0 && context.Position.TickInBeat == 0 && form.Section.Drums)
        {
            var hits = Groove.Bar(context.Tick, context.Signature, context.Move.Regime, form.Energy, context.Intensity, form.IsPhraseEnd, form.IsSectionStart,
                _random);
            notes.AddRange(hits.Select(hit => new Note(hit.Tick, Ticks.PerSixteenth, new Pitch((int)hit.Drum), hit.Velocity)));
        }

        if (context.Trades.Count > 0 && !notes.Any(n => n.Tick == context.Tick && n.Pitch.MidiNumber == (int)Drum.Clap))
        {
            var velocity = Math.Min(127, 96 + (context.Trades.Sum(t => t.Quantity) * 2));
            notes.Add(new Note(context.Tick, Ticks.PerSixteenth, new Pitch((int)Drum.Clap), velocity));
        }

        return notes;
    }

    /// <inheritdoc />
    public void Break()
    {
    }
}
