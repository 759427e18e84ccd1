using Auralis.Audio.Rendering;
using Auralis.Engine.Timeline;
using Auralis.Market;
using Auralis.Market.Trading;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Engine.Composition;

/// <summary>Everything one step of a session produced: where it lies, the harmony and price there, and what sounds.</summary>
/// <param name="Span">The step on the timeline.</param>
/// <param name="Position">The bar and beat of the step's first tick.</param>
/// <param name="Chord">The chord sounding (null while stopped).</param>
/// <param name="Degree">The chord's Roman numeral in the key (null while stopped).</param>
/// <param name="ChordChanged">True when a new chord starts in this step.</param>
/// <param name="Move">The price move of the step (null while stopped).</param>
/// <param name="Trades">The bots' trades at that price.</param>
/// <param name="Notes">The notes starting in the step, ordered by tick then voice.</param>
/// <param name="MixEvents">Level, pan and effect changes for the renderer, at the step's first frame.</param>
public sealed record ComposedStep(
    StepSpan Span,
    MusicalPosition Position,
    Chord? Chord,
    string? Degree,
    bool ChordChanged,
    PriceMove? Move,
    IReadOnlyList<Trade> Trades,
    IReadOnlyList<PlayedNote> Notes,
    IReadOnlyList<RenderEvent> MixEvents)
{
    /// <summary>The note-on and note-off events of the step's notes, for the renderer.</summary>
    public IEnumerable<RenderEvent> NoteEvents() =>
        Notes.SelectMany(n => new[]
        {
            RenderEvent.NoteOn(n.Frame, n.Channel, n.Note.Pitch.MidiNumber, n.Note.Velocity),
            RenderEvent.NoteOff(n.Frame + n.DurationFrames, n.Channel, n.Note.Pitch.MidiNumber),
        });
}
