using System.Globalization;
using System.Text;
using Auralis.Audio.Analysis;
using Auralis.Music.Randomness;
using Xunit.Abstractions;

namespace Auralis.Audio.Tests.Analysis;

public sealed class PitchAccuracyTable(ITestOutputHelper output)
{
    private static readonly (string Name, double[] Hertz)[] Bands =
    [
        ("55-110 Hz", [55.0, 73.42, 98.0]),
        ("110-440 Hz", [130.81, 220.0, 392.0]),
        ("440-1760 Hz", [523.25, 880.0, 1760.0]),
    ];

    private static readonly string[] Kinds = ["sine", "harmonic", "vibrato", "noisy", "noisy10"];

    [Fact]
    public void Yin_accuracy_by_signal_kind_and_band_meets_its_targets()
    {
        var table = new StringBuilder();
        table.AppendLine("kind      band          median ¢   p95 ¢   voiced");
        foreach (var kind in Kinds)
        {
            foreach (var (band, frequencies) in Bands)
            {
                var (errors, frames) = Measure(kind, frequencies);
                var median = Signals.Median(errors);
                var p95 = Signals.Percentile(errors, 0.95);
                var voiced = errors.Count / (double)frames;
                table.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-9} {band,-12} {median,9:0.00} {p95,8:0.00} {voiced,8:P1}"));

                var (medianLimit, p95Limit, voicedLimit) = Targets(kind);
                Assert.True(median < medianLimit, $"{kind} {band}: median {median:0.00} cents");
                Assert.True(p95 < p95Limit, $"{kind} {band}: p95 {p95:0.00} cents");
                Assert.True(voiced >= voicedLimit, $"{kind} {band}: voiced {voiced:P1}");
            }
        }

        output.WriteLine(table.ToString());
    }

    // Vibrato is judged against the instantaneous pitch at the centre of the audio each estimate describes, which a
    // 43 ms frame can only average; noise ("noisy" is 20 dB SNR, "noisy10" 10 dB) may cost a little precision but no voicing.
    private static (double Median, double P95, double Voiced) Targets(string kind) => kind switch
    {
        "sine" or "harmonic" => (5, 10, 0.99),
        "vibrato" => (5, 10, 0.99),
        "noisy" => (5, 15, 0.95),
        _ => (5, 10, 0.95),
    };

    private static (List<double> Errors, int Frames) Measure(string kind, double[] frequencies)
    {
        var errors = new List<double>();
        var frames = 0;
        var random = new SeededRandom(2002);
        foreach (var sampleRate in new[] { 44_100, 48_000 })
        {
            foreach (var hertz in frequencies)
            {
                var signal = kind switch
                {
                    "sine" => Signals.Sine(hertz, sampleRate, 1),
                    "harmonic" => Signals.Harmonic(hertz, sampleRate, 1),
                    "vibrato" => Signals.Vibrato(hertz, sampleRate, 1),
                    "noisy" => Signals.WithNoise(Signals.Harmonic(hertz, sampleRate, 1), 20, random),
                    _ => Signals.WithNoise(Signals.Harmonic(hertz, sampleRate, 1), 10, random),
                };
                var track = PitchTrack.Of(signal, sampleRate);
                foreach (var frame in track.Frames)
                {
                    frames++;
                    if (frame.Estimate.IsVoiced)
                    {
                        var truth = kind == "vibrato" ? Signals.VibratoHertz(hertz, frame.Seconds) : hertz;
                        errors.Add(Math.Abs(NoteReading.CentsBetween(truth, frame.Estimate.Hertz)));
                    }
                }
            }
        }

        return (errors, frames);
    }
}
