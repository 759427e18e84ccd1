namespace Auralis.Engine.Sessions;

/// <summary>What a listener asks of the transport.</summary>
public enum TransportCommand
{
    /// <summary>Start (or resume) playing from the current position.</summary>
    Play,

    /// <summary>Stop playing; the position stays where it is.</summary>
    Stop,

    /// <summary>Move the position to a tick.</summary>
    Seek,

    /// <summary>Loop between a start and an end tick.</summary>
    Loop,

    /// <summary>Stop looping.</summary>
    ClearLoop,
}
