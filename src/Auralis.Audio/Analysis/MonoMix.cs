using Auralis.Audio.Codecs;

namespace Auralis.Audio.Analysis;

/// <summary>Folds decoded audio to one channel, because every analysis here listens to a single line.</summary>
internal static class MonoMix
{
    /// <summary>The average of the channels of <paramref name="audio"/>, frame by frame.</summary>
    public static float[] Of(WavAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        if (audio.Frames == 0)
        {
            throw new ArgumentException("The audio is empty: there is nothing to analyse.", nameof(audio));
        }

        if (audio.Channels == 1)
        {
            return audio.Samples;
        }

        var mono = new float[audio.Frames];
        var scale = 1f / audio.Channels;
        for (var frame = 0; frame < mono.Length; frame++)
        {
            var sum = 0f;
            for (var channel = 0; channel < audio.Channels; channel++)
            {
                sum += audio.Samples[(frame * audio.Channels) + channel];
            }

            mono[frame] = sum * scale;
        }

        return mono;
    }
}
