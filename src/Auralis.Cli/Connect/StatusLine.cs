using Auralis.Protocol.Audio;
using System.Globalization;
using Auralis.Protocol.Messages;
using static Auralis.Protocol.Messages.ServerMessages;

namespace Auralis.Cli.Connect;

/// <summary>
/// The one live line a terminal shows while connected: bar and beat, the chord with its degree, the price with its regime,
/// and the last few notes; it folds in each server message and renders on demand.
/// </summary>
public sealed class StatusLine
{
    private const int RecentNotes = 6;
    private readonly Queue<string> _notes = new();
    private long _bar;
    private int _beat;
    private bool _playing;
    private string _chord = "-";
    private string _price = "-";
    private long _frames;

    /// <summary>Takes in a message; true when the line changed.</summary>
    public bool Update(ServerMessage message)
    {
        switch (message)
        {
            case Welcome w:
                (_bar, _beat, _playing) = (w.State.Position.Bar, w.State.Position.Beat, w.State.Transport.Playing);
                return true;
            case Session s:
                (_bar, _beat, _playing) = (s.State.Position.Bar, s.State.Position.Beat, s.State.Transport.Playing);
                return true;
            case Transport t:
                (_bar, _beat, _playing) = (t.Bar, t.Beat, t.State == PlaybackState.Playing);
                return true;
            case Chord c:
                _chord = $"{c.Symbol} ({c.Degree})";
                return true;
            case PriceMove p:
                _price = string.Create(CultureInfo.InvariantCulture, $"{p.Price:0.00} {p.Regime} {p.ChangePct:+0.00;-0.00;0.00}%");
                return true;
            case Note n:
                _notes.Enqueue(NoteNames.Of(n.Pitch));
                while (_notes.Count > RecentNotes)
                {
                    _notes.Dequeue();
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>Counts audio frames received, shown as seconds of audio.</summary>
    public void AddFrames(long frames) => _frames += frames;

    /// <summary>The line (bar and beat counted from 1, as musicians count).</summary>
    public string Render() => string.Create(CultureInfo.InvariantCulture,
        $"{(_playing ? ">" : "#")} bar {_bar + 1} beat {_beat + 1} | {_chord} | {_price} | {string.Join(' ', _notes)} | audio {_frames / (double)AudioChunk.SampleRate:0.0} s");
}
