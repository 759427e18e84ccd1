namespace Auralis.Audio.Instruments;

/// <summary>A recorded sound for the sampler: its channels (one or two), its sample rate, and the pitch it was recorded at.</summary>
public sealed record SampleData
{
    /// <summary>Creates sample data, refusing empty or ragged channels.</summary>
    public SampleData(IReadOnlyList<float[]> channels, int sampleRate, int rootPitch = 60, string name = "sample")
    {
        if (channels is null || channels.Count is < 1 or > 2 || channels[0].Length == 0 || channels.Any(c => c.Length != channels[0].Length))
        {
            throw new ArgumentException("A sample has one or two channels of the same, non-zero length.", nameof(channels));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegative(rootPitch);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rootPitch, 127);
        Channels = channels;
        SampleRate = sampleRate;
        RootPitch = rootPitch;
        Name = name;
    }

    /// <summary>The samples of each channel.</summary>
    public IReadOnlyList<float[]> Channels { get; }

    /// <summary>The rate the samples were recorded at.</summary>
    public int SampleRate { get; }

    /// <summary>The MIDI pitch at which the sample plays back unchanged.</summary>
    public int RootPitch { get; }

    /// <summary>The sample's name.</summary>
    public string Name { get; }

    /// <summary>How many frames the sample holds.</summary>
    public int Frames => Channels[0].Length;

    /// <summary>The sample held by a WAV file (up to its first two channels), played back unchanged at <paramref name="rootPitch"/>.</summary>
    public static SampleData From(Codecs.WavAudio audio, int rootPitch = 60, string name = "sample")
    {
        ArgumentNullException.ThrowIfNull(audio);
        var channels = Enumerable.Range(0, Math.Min(2, audio.Channels)).Select(audio.Channel).ToArray();
        return new SampleData(channels, audio.SampleRate, rootPitch, name);
    }

    /// <summary>A plucked-string tone made by Karplus–Strong synthesis: the sampler's built-in sound when no sample is loaded.</summary>
    /// <remarks>The string's loss per period is set so the tone falls 60 dB in about one second.</remarks>
    public static SampleData Pluck(int sampleRate = 48_000, int rootPitch = 57, double seconds = 1.5, ulong seed = 1)
    {
        var random = new Auralis.Music.Randomness.SeededRandom(seed);
        var hertz = 440.0 * Math.Pow(2, (rootPitch - 69) / 12.0);
        var period = (int)Math.Round(sampleRate / hertz);
        var loss = (float)Math.Pow(10, -3.0 / hertz);
        var line = new float[period];
        for (var i = 0; i < period; i++)
        {
            line[i] = (random.NextSingle() * 2f) - 1f;
        }

        var samples = new float[(int)(seconds * sampleRate)];
        for (var i = 0; i < samples.Length; i++)
        {
            var index = i % period;
            var next = (index + 1) % period;
            samples[i] = line[index] * 0.5f;
            line[index] = loss * 0.5f * (line[index] + line[next]);
        }

        return new SampleData([samples], sampleRate, rootPitch, "pluck");
    }
}
