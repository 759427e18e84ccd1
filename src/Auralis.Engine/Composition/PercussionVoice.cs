using Auralis.Music.Percussion;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Engine.Composition;

/// <summary>The drums: a sparse groove planned bar by bar from the intensity, and a clap on every step where a bot trades.</summary>
public sealed class PercussionVoice(ulong seed) : IVoice
{
    private readonly SeededRandom _random = SeededRandom.ForStream(seed, "voices/perc");

    /// <inheritdoc />
    public string Name => "perc";

    /// <inheritdoc />
    public IEnumerable<Note> Plan(StepContext context)
    {
        var notes = new List<Note>();
        if (context.Position.Beat == 0 && context.Position.TickInBeat == 0)
        {
            foreach (var hit in SparsePercussion.Bar(context.Tick, context.Signature, context.Intensity, _random))
            {
                notes.Add(new Note(hit.Tick, Ticks.PerSixteenth, new Pitch((int)hit.Drum), hit.Velocity));
            }
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
