using Auralis.Audio.Analysis;
using Auralis.Audio.Instruments;
using Auralis.Audio.Instruments.SoundFont;

namespace Auralis.Audio.Tests.Instruments.SoundFont;

/// <summary>Plays one note on a sampled program and hears its pitch.</summary>
internal static class SoundFontProbe
{
    public const int Rate = 48_000;

    /// <summary>The note held for half a second, from its start.</summary>
    public static float[] Hold(SampledProgram program, int pitch, int velocity = 100, int frames = Rate / 2)
    {
        var instrument = new SoundFontInstrument();
        instrument.Load(program);
        return InstrumentProbe.Play(instrument, frames, Rate, (0, pitch, velocity, true));
    }

    /// <summary>The median YIN pitch, in cents away from <paramref name="pitch"/>'s equal-tempered frequency, over the note's steady part.</summary>
    public static double CentsOff(float[] audio, int pitch)
    {
        var detector = new YinPitchDetector(Rate);
        var cents = new List<double>();
        for (var start = Rate / 10; start + detector.FrameLength <= audio.Length; start += detector.FrameLength / 2)
        {
            var estimate = detector.Detect(audio.AsSpan(start, detector.FrameLength));
            if (estimate.IsVoiced)
            {
                cents.Add(NoteReading.CentsBetween(440 * Math.Pow(2, (pitch - 69) / 12.0), estimate.Hertz));
            }
        }

        Assert.NotEmpty(cents);
        cents.Sort();
        return cents[cents.Count / 2];
    }

    /// <summary>A one-second sine at <paramref name="hertz"/>, recorded at <paramref name="sampleRate"/>.</summary>
    public static SampleData Sine(double hertz, int sampleRate = 44_000, double seconds = 1)
    {
        var frames = new float[(int)(seconds * sampleRate)];
        for (var i = 0; i < frames.Length; i++)
        {
            frames[i] = 0.5f * (float)Math.Sin(2 * Math.PI * hertz * i / sampleRate);
        }

        return new SampleData([frames], sampleRate);
    }

    /// <summary>The bytes allocated on this thread while <paramref name="instrument"/> plays 400 blocks of notes struck and
    /// let go, once warm; <paramref name="left"/> holds the last block's left channel.</summary>
    public static long AllocatedWhilePlaying(SoundFontInstrument instrument, out float[] left)
    {
        instrument.Prepare(new Auralis.Audio.Processing.AudioSpec(Rate));
        var (blockLeft, blockRight) = (new float[128], new float[128]);
        void Blocks()
        {
            for (var block = 0; block < 400; block++)
            {
                if (block % 8 == 0)
                {
                    instrument.NoteOn(48 + (block % 24), 100);
                }

                if (block % 8 == 4)
                {
                    instrument.NoteOff(48 + ((block - 4) % 24));
                }

                instrument.Render(blockLeft, blockRight);
            }
        }

        SteadyState.WarmUp(Blocks);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Blocks();
        left = blockLeft;
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>A looped sine at <paramref name="hertz"/> (recorded at 44 kHz) as the zone of key 69, which plays it at its recorded pitch.</summary>
    public static SampledZone LoopedSine(double hertz)
    {
        var sine = Sine(hertz).Channels[0];
        var data = new float[sine.Length + (2 * SampledZone.Guard)];
        sine.CopyTo(data, SampledZone.Guard);
        return new SampledZone
        {
            Data = data,
            Start = SampledZone.Guard,
            End = SampledZone.Guard + sine.Length,
            LoopStart = SampledZone.Guard,
            LoopEnd = SampledZone.Guard + sine.Length,
            Loop = ZoneLoop.Continuous,
            SampleRate = 44_000,
            RootKey = 69,
        };
    }
}
