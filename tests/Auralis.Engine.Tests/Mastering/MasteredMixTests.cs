using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Auralis.Audio.Analysis;
using Auralis.Audio.Codecs;
using Auralis.Audio.Rendering;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using Xunit.Abstractions;

namespace Auralis.Engine.Tests.Mastering;

/// <summary>The issue's listening targets, measured on 150 s of each regime as a listener would hear them.</summary>
public sealed class MasteredMixTests(ITestOutputHelper output)
{
    private const int Seconds = 150;

    private sealed class Programme(int frames) : IAudioBlockSink
    {
        public float[] Samples { get; } = new float[frames * 2];

        public int Written { get; private set; }

        public void Write(long firstFrame, ReadOnlySpan<float> interleavedStereo)
        {
            var room = Math.Min(interleavedStereo.Length, Samples.Length - Written);
            interleavedStereo[..room].CopyTo(Samples.AsSpan(Written));
            Written += room;
        }
    }

    public static TheoryData<string> Regimes => new() { "bull", "bear", "sideways", "volatile" };

    internal static float[] Render(string regime, ulong seed = 7)
    {
        var script = new SessionScript(seed, ("regime", ParameterValue.Of(regime)));
        var programme = new Programme(Seconds * 48_000);
        SessionReplayer.Replay(script.Events, new ReplayLength(Seconds: Seconds), programme, keepNotes: false);
        return programme.Samples;
    }

    [Theory]
    [MemberData(nameof(Regimes))]
    public void A_regime_is_bright_wide_and_mastered_to_the_target_loudness(string regime)
    {
        var balance = MixBalance.Measure(Render(regime), 48_000);
        output.WriteLine($"{regime}: octaves {string.Join(" ", balance.OctaveDecibels.Select(d => d.ToString("F1")))} dB; "
            + $"side/mid {balance.SideToMidDecibels:F1} dB; {balance.IntegratedLufs:F2} LUFS; {balance.TruePeakDbtp:F2} dBTP");

        Assert.True(balance.OctaveRelative(2_000) >= -12, $"the 2-4 kHz octave is {balance.OctaveRelative(2_000):F1} dB under the loudest");
        Assert.True(balance.OctaveRelative(2_000) >= balance.OctaveRelative(8_000), "the 2-4 kHz octave is below the 8-16 kHz octave");
        Assert.True(balance.SideToMidDecibels >= -10, $"side/mid is {balance.SideToMidDecibels:F1} dB");
        Assert.InRange(balance.IntegratedLufs, -17, -15);
        Assert.True(balance.TruePeakDbtp <= -1, $"the true peak is {balance.TruePeakDbtp:F2} dBTP");
    }

    [FfmpegFact]
    public void Ffmpegs_ebur128_meter_reads_the_same_loudness_and_true_peak()
    {
        var path = Path.Combine(Path.GetTempPath(), $"auralis-mastered-{Guid.NewGuid():N}.wav");
        try
        {
            WavWriter.Write(path, new WavAudio(48_000, 2, Render("volatile")), WavSampleFormat.Float32);
            var start = new ProcessStartInfo(FfmpegFactAttribute.Ffmpeg)
            {
                ArgumentList = { "-hide_banner", "-nostats", "-i", path, "-filter_complex", "ebur128=peak=true", "-f", "null", "-" },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using var ffmpeg = Process.Start(start)!;
            var stdout = ffmpeg.StandardOutput.ReadToEndAsync();
            var log = ffmpeg.StandardError.ReadToEnd();
            ffmpeg.WaitForExit();
            _ = stdout.Result;
            var summary = log[log.LastIndexOf("Summary:", StringComparison.Ordinal)..];
            var integrated = double.Parse(Regex.Match(summary, @"I:\s+(-?[\d.]+) LUFS").Groups[1].Value, CultureInfo.InvariantCulture);
            var truePeak = double.Parse(Regex.Match(summary, @"True peak:\s+Peak:\s+(-?[\d.]+) dBFS").Groups[1].Value, CultureInfo.InvariantCulture);
            output.WriteLine($"ffmpeg ebur128: {integrated} LUFS, {truePeak} dBTP");

            Assert.Equal(0, ffmpeg.ExitCode);
            Assert.InRange(integrated, -17, -15);
            Assert.True(truePeak <= -1, $"ffmpeg reads a true peak of {truePeak} dBTP");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
