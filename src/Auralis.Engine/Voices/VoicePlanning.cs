using Auralis.Engine.Sessions;
using Auralis.Music.Motifs;
using Auralis.Music.Theory;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Voices;

/// <summary>A voice's part of a step: given the priced step, the notes the voice starts.</summary>
public static class VoicePlanning
{
    /// <summary>
    /// Plans <paramref name="voice"/>'s notes for <paramref name="priced"/>: none while the transport is stopped; after a
    /// seek or a loop's wrap the line forgets its last note first.
    /// </summary>
    public static NotesPlanned Plan(IVoice voice, int channel, StepPriced priced)
    {
        ArgumentNullException.ThrowIfNull(voice);
        ArgumentNullException.ThrowIfNull(priced);
        var announced = priced.Announced;
        if (voice is IDevelopsMotif developer)
        {
            foreach (var imported in announced.Inputs.Stages.Motifs)
            {
                developer.Learn(MotifOf(imported, announced.Key));
            }
        }

        if (priced.Move is not { } move || announced.Harmony is null)
        {
            return new NotesPlanned(announced.Span.Step, channel, []);
        }

        if (announced.ContinuityBroken)
        {
            voice.Break();
        }

        var inputs = announced.Inputs;
        var context = new StepContext(announced.Span.Tick, announced.Span.TickCount, announced.Position, announced.Signature, announced.Key,
            announced.Harmony, inputs.Intensity, inputs.Sensitivity, move, priced.Trades, priced.Gesture);
        return new NotesPlanned(announced.Span.Step, channel, voice.Plan(context).ToArray());
    }

    /// <summary>The motif an import carries, heard in <paramref name="key"/>.</summary>
    public static Motif MotifOf(MotifImported imported, Key key)
    {
        ArgumentNullException.ThrowIfNull(imported);
        return new Motif(key, imported.Notes.Select(n => new Note(n.Tick, n.DurationTicks, new Pitch(n.Pitch), n.Velocity)).ToArray(),
            Math.Max(imported.LengthTicks, (int)imported.Notes.Max(n => n.Tick) + 1));
    }

    /// <summary>The four voices of a session seeded with <paramref name="seed"/>, in session order (soprano, alto, bass, perc).</summary>
    public static IVoice[] VoicesFor(ulong seed) =>
        [new SopranoVoice(seed), new AltoVoice(seed), new BassVoice(), new PercussionVoice(seed)];
}
