using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Tests.Instruments;

/// <summary>Plays notes on an instrument and measures what comes out.</summary>
internal static class InstrumentProbe
{
    public static float[] Play(IInstrument instrument, int frames, int sampleRate = 48_000, params (int Frame, int Pitch, int Velocity, bool On)[] notes)
    {
        instrument.Prepare(new AudioSpec(sampleRate));
        var output = new float[frames];
        var right = new float[128];
        for (var start = 0; start < frames; start += 128)
        {
            foreach (var note in notes.Where(n => n.Frame >= start && n.Frame < start + 128))
            {
                if (note.On)
                {
                    instrument.NoteOn(note.Pitch, note.Velocity);
                }
                else
                {
                    instrument.NoteOff(note.Pitch);
                }
            }

            var n = Math.Min(128, frames - start);
            instrument.Render(output.AsSpan(start, n), right.AsSpan(0, n));
        }

        return output;
    }

    /// <summary>The frequency estimated from upward zero crossings between two frames.</summary>
    public static double ZeroCrossingFrequency(float[] samples, int from, int to, int sampleRate)
    {
        var crossings = new List<double>();
        for (var i = from + 1; i < to; i++)
        {
            if (samples[i - 1] < 0 && samples[i] >= 0)
            {
                crossings.Add(i - 1 + (samples[i - 1] / (samples[i - 1] - samples[i])));
            }
        }

        return (crossings.Count - 1) / ((crossings[^1] - crossings[0]) / sampleRate);
    }

    public static double Rms(float[] samples, int from, int to) =>
        Math.Sqrt(samples.Skip(from).Take(to - from).Sum(s => (double)s * s) / (to - from));
}
