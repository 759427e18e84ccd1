using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Audio.Tests.Analysis;

/// <summary>A line of notes and rests rendered as a harmonic tone with short fades, the way a player would sound it.</summary>
internal static class Melodies
{
    /// <summary>One step of a line: a pitch (null for a rest), its length in ticks, and a detuning in cents.</summary>
    public readonly record struct Step(Pitch? Pitch, int Ticks, double Cents = 0);

    /// <summary>
    /// Renders <paramref name="steps"/> at <paramref name="beatsPerMinute"/> after <paramref name="leadInSeconds"/> of silence,
    /// with a 5.5 Hz vibrato of <paramref name="vibratoCents"/> either side when asked.
    /// </summary>
    public static float[] Render(IReadOnlyList<Step> steps, int sampleRate, double beatsPerMinute, double leadInSeconds = 0.1, double vibratoCents = 0)
    {
        var secondsPerTick = 60.0 / (beatsPerMinute * Ticks.PerQuarter);
        var total = leadInSeconds + (steps.Sum(s => s.Ticks) * secondsPerTick) + 0.1;
        var samples = new float[(int)(total * sampleRate)];
        var fade = (int)(0.005 * sampleRate);
        var start = (int)(leadInSeconds * sampleRate);
        foreach (var step in steps)
        {
            var length = (int)Math.Round(step.Ticks * secondsPerTick * sampleRate);
            if (step.Pitch is { } pitch)
            {
                var hertz = pitch.Frequency * Math.Pow(2, step.Cents / 1200);
                var phase = 0.0;
                for (var i = 0; i < length; i++)
                {
                    var envelope = Math.Min(1, Math.Min(i, length - 1 - i) / (double)fade);
                    var tone = Math.Sin(phase) + (0.5 * Math.Sin(2 * phase)) + (0.25 * Math.Sin(3 * phase));
                    samples[start + i] = (float)(0.3 * envelope * tone);
                    phase += 2 * Math.PI * Signals.VibratoHertz(hertz, i / (double)sampleRate, depthCents: vibratoCents) / sampleRate;
                }
            }

            start += length;
        }

        return samples;
    }
}
