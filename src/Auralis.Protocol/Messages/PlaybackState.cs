namespace Auralis.Protocol.Messages;

/// <summary>Whether the session's transport is running, the <c>state</c> of a server <c>transport</c> message.</summary>
public enum PlaybackState
{
    /// <summary>Not playing; the position holds; the wire word is "stopped".</summary>
    Stopped,

    /// <summary>Playing; the wire word is "playing".</summary>
    Playing,
}

/// <summary>The wire words of <see cref="PlaybackState"/>: "stopped", "playing".</summary>
public static class PlaybackStates
{
    internal static readonly WordMap<PlaybackState> Words = new((PlaybackState.Stopped, "stopped"), (PlaybackState.Playing, "playing"));

    /// <summary>The state's wire word.</summary>
    public static string ToWord(this PlaybackState state) => Words.ToWord(state);

    /// <summary>The state a wire word names (exact case).</summary>
    public static bool TryParse(string? word, out PlaybackState state) => Words.TryParse(word, out state);
}
