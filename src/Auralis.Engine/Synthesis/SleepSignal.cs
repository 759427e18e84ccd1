namespace Auralis.Engine.Synthesis;

/// <summary>Whether a session's render thread sleeps, as its synthesis actor last decided; its listeners' connections read it.</summary>
/// <remarks>One writer (the synthesis actor), any number of readers; a volatile flag is all it takes.</remarks>
public sealed class SleepSignal
{
    private volatile bool _sleeping;

    /// <summary>True while the session renders nothing (its music stopped, or nobody listened for the grace period).</summary>
    public bool Sleeping => _sleeping;

    /// <summary>The synthesis actor's decision.</summary>
    internal void Set(bool sleeping) => _sleeping = sleeping;
}
