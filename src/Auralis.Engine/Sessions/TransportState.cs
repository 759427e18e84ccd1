namespace Auralis.Engine.Sessions;

/// <summary>The transport as the listeners last set it: playing or not, and the loop (ticks; the end is exclusive).</summary>
public sealed record TransportState(bool Playing, long? LoopStartTick = null, long? LoopEndTick = null)
{
    /// <summary>True when a loop is set.</summary>
    public bool Looping => LoopStartTick is not null && LoopEndTick is not null;
}
