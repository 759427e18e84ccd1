using Auralis.Music.Percussion;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Engine.Voices;

/// <summary>
/// The drums: the regime's groove, planned bar by bar from the section's energy with fills at phrase ends, resting
/// where the form drops them; played beat by beat, struck harder and crashed when the market surprises, with a clap on
/// every step where a bot trades.
/// </summary>
public sealed class PercussionVoice(ulong seed) : IVoice
{
    private readonly SeededRandom _random = SeededRandom.ForStream(seed, "voices/perc");
    private IReadOnlyList<DrumHit> _bar = [];

    /// <inheritdoc />
    public string Name => "perc";

    /// <inheritdoc />
    public IEnumerable<Note> Plan(StepContext context)
    {
        var form = context.Conducted.Form;
        if (context.Position.Beat == 0 && context.Position.TickInBeat == 0)
        {
            _bar = form.Section.Drums
                ? Groove.Bar(context.Tick, context.Signature, context.Move.Regime, form.Energy, context.Intensity, form.IsPhraseEnd, form.IsSectionStart, _random)
                : [];
        }

        if (!form.Section.Drums)
        {
            return [];
        }

        var surprise = context.Gesture.Surprise;
        var shock = (int)Math.Round(Math.Min(20, 8 * surprise) - 6);
        var end = context.Tick + context.TickCount;
        var notes = _bar.Where(hit => hit.Tick >= context.Tick && hit.Tick < end)
            .Select(hit => new Note(hit.Tick, Ticks.PerSixteenth, new Pitch((int)hit.Drum), Math.Clamp(hit.Velocity + shock, 1, 127)))
            .ToList();
        if (surprise >= 2 && !notes.Any(n => n.Tick == context.Tick && n.Pitch.MidiNumber == (int)Drum.OpenHat))
        {
            notes.Add(new Note(context.Tick, Ticks.PerSixteenth, new Pitch((int)Drum.OpenHat), Math.Min(127, 100 + (int)(6 * surprise))));
        }

        if (context.Trades.Count > 0 && !notes.Any(n => n.Tick == context.Tick && n.Pitch.MidiNumber == (int)Drum.Clap))
        {
            var velocity = Math.Min(127, 96 + (context.Trades.Sum(t => t.Quantity) * 2));
            notes.Add(new Note(context.Tick, Ticks.PerSixteenth, new Pitch((int)Drum.Clap), velocity));
        }

        return notes.OrderBy(n => n.Tick).ThenBy(n => n.Pitch.MidiNumber);
    }

    /// <inheritdoc />
    public void Break()
    {
    }

    /// <inheritdoc />
    public VoiceCheckpoint Capture() => new PercussionCheckpoint(_random.State, [.. _bar]);

    /// <inheritdoc />
    public void Restore(VoiceCheckpoint checkpoint)
    {
        var drums = VoiceCheckpoints.As<PercussionCheckpoint>(checkpoint, Name);
        _random.Restore(drums.Random);
        _bar = [.. drums.Bar ?? throw new ArgumentException("The drums' checkpoint has no bar.", nameof(checkpoint))];
    }
}
