using Auralis.Engine.Listeners;
using Auralis.Engine.Timeline;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Live;

/// <summary>
/// The last few minutes of what a session composed — notes, chords, prices with their regime, trades — kept so that a
/// client opening the session sees where the music and the market came from instead of empty pictures.
/// </summary>
/// <remarks>
/// Kept by step on the session's timeline and forgotten once a step ends more than <see cref="MaxSeconds"/> before the
/// newest; transport, parameter and state outputs are left out (the welcome and the session's view carry those).
/// Owned by the session actor: one thread, no lock.
/// </remarks>
public sealed class RecentOutputs
{
    /// <summary>How far back the history reaches, in seconds of the session's timeline.</summary>
    public const double MaxSeconds = 300;

    private static readonly long MaxFrames = (long)(MaxSeconds * SessionTimeline.SampleRate);
    private readonly Queue<(long EndFrame, ISessionOutput[] Outputs)> _steps = new();

    /// <summary>Keeps the history worth of <paramref name="outputs"/>, the outputs of the step <paramref name="span"/>.</summary>
    public void Add(StepSpan span, IReadOnlyList<ISessionOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var kept = outputs.Where(o => o is NotePlayed or ChordChanged or PriceMoved or TradeMade).ToArray();
        if (kept.Length > 0)
        {
            _steps.Enqueue((span.EndFrame, kept));
        }

        while (_steps.Count > 0 && _steps.Peek().EndFrame < span.EndFrame - MaxFrames)
        {
            _steps.Dequeue();
        }
    }

    /// <summary>The outputs of the steps that end within <paramref name="seconds"/> of the newest, oldest first.</summary>
    public IReadOnlyList<ISessionOutput> Last(double seconds)
    {
        if (_steps.Count == 0)
        {
            return [];
        }

        var newest = _steps.Last().EndFrame;
        var from = newest - (long)(Math.Clamp(seconds, 0, MaxSeconds) * SessionTimeline.SampleRate);
        return _steps.Where(s => s.EndFrame >= from).SelectMany(s => s.Outputs).ToArray();
    }
}
