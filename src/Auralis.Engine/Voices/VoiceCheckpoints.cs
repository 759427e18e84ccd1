namespace Auralis.Engine.Voices;

/// <summary>Checks that a checkpoint handed to a voice is that voice's own.</summary>
internal static class VoiceCheckpoints
{
    /// <summary><paramref name="checkpoint"/> as the shape <typeparamref name="T"/> the voice <paramref name="voice"/> keeps; anything else is an <see cref="ArgumentException"/>.</summary>
    public static T As<T>(VoiceCheckpoint checkpoint, string voice)
        where T : VoiceCheckpoint =>
        checkpoint as T ?? throw new ArgumentException(
            $"The {voice} voice cannot continue from a {checkpoint?.GetType().Name ?? "missing"} checkpoint.", nameof(checkpoint));
}
