namespace Auralis.Protocol.Messages;

/// <summary>What a client asks of the transport, the <c>command</c> of a client <c>transport</c> message.</summary>
public enum TransportAction
{
    /// <summary>Start (or resume) playing; the wire word is "play".</summary>
    Play,

    /// <summary>Stop playing, keeping the position; the wire word is "stop".</summary>
    Stop,

    /// <summary>Move to <c>tick</c>; the wire word is "seek".</summary>
    Seek,

    /// <summary>Loop from <c>startTick</c> to <c>endTick</c> (exclusive); the wire word is "loop".</summary>
    Loop,

    /// <summary>Stop looping; the wire word is "clearLoop".</summary>
    ClearLoop,
}

/// <summary>The wire words of <see cref="TransportAction"/>: "play", "stop", "seek", "loop", "clearLoop".</summary>
public static class TransportActions
{
    internal static readonly WordMap<TransportAction> Words = new(
        (TransportAction.Play, "play"),
        (TransportAction.Stop, "stop"),
        (TransportAction.Seek, "seek"),
        (TransportAction.Loop, "loop"),
        (TransportAction.ClearLoop, "clearLoop"));

    /// <summary>The action's wire word.</summary>
    public static string ToWord(this TransportAction action) => Words.ToWord(action);

    /// <summary>The action a wire word names (exact case).</summary>
    public static bool TryParse(string? word, out TransportAction action) => Words.TryParse(word, out action);
}
