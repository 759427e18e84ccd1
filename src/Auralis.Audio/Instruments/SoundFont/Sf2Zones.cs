using System.Buffers.Binary;
using NAudio.SoundFont;

namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>Turns the regions NAudio resolves for an SF2 preset into <see cref="SampledZone"/>s: generator units converted, sample frames decoded to float.</summary>
/// <remarks>
/// What is read: key and velocity ranges, the sample's start, end and loop (with every address offset), the loop mode,
/// root key, coarse and fine tune, the sample's pitch correction and scale tuning, initial attenuation, pan, the volume
/// envelope (with its key scaling), the initial filter cutoff and Q, exclusive classes, fixed keys, the vibrato LFO, the
/// modulation envelope (with its key scaling) and its bend of the pitch and the cutoff, and the modulation LFO's bend of the
/// pitch, the cutoff and the volume. What is not: chorus and reverb sends, and modulators other than the default
/// velocity-to-attenuation curve.
/// </remarks>
internal static class Sf2Zones
{
    // A filter at or above this cutoff (in absolute cents, about 20 kHz) is "no filter" in SF2 2.04.
    private const int OpenFilterCents = 13_500;

    public static SampledProgram Build(NAudio.SoundFont.SoundFont font, Preset preset, IReadOnlyList<SoundFontRegion> regions)
    {
        var frames = new Dictionary<(uint Start, uint End), (float[] Data, int Offset)>();
        var zones = new List<SampledZone>(regions.Count);
        foreach (var region in regions)
        {
            if (ZoneOf(font, region, frames) is { } zone)
            {
                zones.Add(zone);
            }
        }

        return new SampledProgram(preset.Name ?? $"preset {preset.Bank}:{preset.PatchNumber}", zones);
    }

    /// <summary>Checks that every sample of <paramref name="font"/> lies inside its sample data.</summary>
    public static void CheckSamples(NAudio.SoundFont.SoundFont font)
    {
        var pool = (long)(font.SampleData?.Length ?? 0) / 2;
        foreach (var header in font.SampleHeaders ?? [])
        {
            if (header.SFSampleLink >= SFSampleLink.RomMonoSample)
            {
                continue;
            }

            if (header.Start > header.End || header.End > pool)
            {
                throw new SoundFontFormatException(
                    $"Sample '{header.SampleName}' spans frames {header.Start}–{header.End}, outside the {pool} frames of sample data.");
            }

            if (header.SampleRate is 0 or > 384_000)
            {
                throw new SoundFontFormatException($"Sample '{header.SampleName}' has a sample rate of {header.SampleRate} Hz.");
            }
        }
    }

    private static SampledZone? ZoneOf(NAudio.SoundFont.SoundFont font, SoundFontRegion region, Dictionary<(uint, uint), (float[] Data, int Offset)> frames)
    {
        var sample = region.Sample;
        if (sample is null || sample.SFSampleLink >= SFSampleLink.RomMonoSample || sample.End <= sample.Start)
        {
            return null;
        }

        var g = region.Generators;
        if (!frames.TryGetValue((sample.Start, sample.End), out var data))
        {
            data = (Decode(font, sample.Start, sample.End), SampledZone.Guard - (int)sample.Start);
            frames[(sample.Start, sample.End)] = data;
        }

        var length = (int)(sample.End - sample.Start);
        var start = Math.Clamp((int)sample.Start + g.StartAddressOffset + data.Offset, SampledZone.Guard, SampledZone.Guard + length - 1);
        var end = Math.Clamp((int)sample.End + g.EndAddressOffset + data.Offset, start + 1, SampledZone.Guard + length);
        var loopStart = Math.Clamp((int)sample.StartLoop + g.StartLoopAddressOffset + data.Offset, start, end);
        var loopEnd = Math.Clamp((int)sample.EndLoop + g.EndLoopAddressOffset + data.Offset, loopStart, end);
        var loop = g.SampleModes switch
        {
            SampleMode.LoopContinuously when loopEnd - loopStart >= 2 => ZoneLoop.Continuous,
            SampleMode.LoopAndContinue when loopEnd - loopStart >= 2 => ZoneLoop.UntilRelease,
            _ => ZoneLoop.None,
        };
        var root = g.OverridingRootKey >= 0 ? g.OverridingRootKey : sample.OriginalPitch <= 127 ? sample.OriginalPitch : 60;
        var tuneCents = (g[GeneratorEnum.CoarseTune] * 100.0) + g[GeneratorEnum.FineTune] + sample.PitchCorrection;
        var exclusive = g.ExclusiveClass;
        var cutoffCents = (int)g[GeneratorEnum.InitialFilterCutoffFrequency];
        var cutoffModulated = g[GeneratorEnum.ModulationEnvelopeToFilterCutoffFrequency] != 0 || g[GeneratorEnum.ModulationLFOToFilterCutoffFrequency] != 0;
        return new SampledZone
        {
            Data = data.Data,
            Start = start,
            End = end,
            LoopStart = loopStart,
            LoopEnd = loopEnd,
            Loop = loop,
            SampleRate = (int)sample.SampleRate,
            LowKey = region.LowKey,
            HighKey = region.HighKey,
            LowVelocity = region.LowVelocity,
            HighVelocity = region.HighVelocity,
            RootKey = root - (tuneCents / 100.0),
            KeyTracking = g[GeneratorEnum.ScaleTuning] / 100.0,
            FixedKey = g.KeyNumberOverride is >= 0 and <= 127 ? g.KeyNumberOverride : -1,
            Gain = (float)Math.Pow(10, -Math.Clamp((int)g[GeneratorEnum.InitialAttenuation], 0, 1440) / 200.0),
            Pan = Math.Clamp(g[GeneratorEnum.Pan] / 500f, -1f, 1f),
            Envelope = new VolumeEnvelopeShape(
                Seconds(g[GeneratorEnum.DelayVolumeEnvelope]),
                Seconds(g[GeneratorEnum.AttackVolumeEnvelope]),
                Seconds(g[GeneratorEnum.HoldVolumeEnvelope]),
                Seconds(g[GeneratorEnum.DecayVolumeEnvelope]),
                Math.Pow(10, -Math.Clamp((int)g[GeneratorEnum.SustainVolumeEnvelope], 0, 1440) / 200.0),
                Seconds(g[GeneratorEnum.ReleaseVolumeEnvelope]),
                g[GeneratorEnum.KeyNumberToVolumeEnvelopeHold],
                g[GeneratorEnum.KeyNumberToVolumeEnvelopeDecay]),
            // A cutoff that the modulators move keeps its value even where it starts open: they may close it.
            CutoffHertz = cutoffCents < OpenFilterCents || cutoffModulated ? 8.176 * Math.Pow(2, Math.Max(1500, cutoffCents) / 1200.0) : 0,
            ResonanceDecibels = Math.Clamp((int)g[GeneratorEnum.InitialFilterQ], 0, 960) / 10.0,
            Vibrato = Lfo(g[GeneratorEnum.DelayVibratoLFO], g[GeneratorEnum.FrequencyVibratoLFO], g[GeneratorEnum.VibratoLFOToPitch]),
            ModulationLfo = ModulationLfo(g),
            ModulationEnvelope = new ModulationEnvelopeShape(
                Seconds(g[GeneratorEnum.DelayModulationEnvelope]),
                Seconds(g[GeneratorEnum.AttackModulationEnvelope]),
                Seconds(g[GeneratorEnum.HoldModulationEnvelope]),
                Seconds(g[GeneratorEnum.DecayModulationEnvelope]),
                1 - (Math.Clamp((int)g[GeneratorEnum.SustainModulationEnvelope], 0, 1000) / 1000.0),
                Seconds(g[GeneratorEnum.ReleaseModulationEnvelope]),
                g[GeneratorEnum.KeyNumberToModulationEnvelopeHold],
                g[GeneratorEnum.KeyNumberToModulationEnvelopeDecay]),
            ModulationEnvelopeToPitchCents = Math.Clamp((int)g[GeneratorEnum.ModulationEnvelopeToPitch], -12_000, 12_000),
            ModulationEnvelopeToCutoffCents = Math.Clamp((int)g[GeneratorEnum.ModulationEnvelopeToFilterCutoffFrequency], -12_000, 12_000),
            ModulationLfoToCutoffCents = Math.Clamp((int)g[GeneratorEnum.ModulationLFOToFilterCutoffFrequency], -12_000, 12_000),
            ModulationLfoToVolumeCentibels = Math.Clamp((int)g[GeneratorEnum.ModulationLFOToVolume], -960, 960),
            Group = exclusive,
            OffBy = exclusive,
        };
    }

    // The modulation LFO runs when it moves the pitch, the cutoff or the volume; its depth on the pitch is the PitchLfo's own.
    private static PitchLfo ModulationLfo(SoundFontGenerators g) =>
        g[GeneratorEnum.ModulationLFOToPitch] == 0 && g[GeneratorEnum.ModulationLFOToFilterCutoffFrequency] == 0 && g[GeneratorEnum.ModulationLFOToVolume] == 0
            ? PitchLfo.None
            : Oscillator(g[GeneratorEnum.DelayModulationLFO], g[GeneratorEnum.FrequencyModulationLFO], g[GeneratorEnum.ModulationLFOToPitch]);

    // An LFO's delay in timecents, frequency in absolute cents (0 is 8.176 Hz; SF2 allows 0.001-100 Hz) and bend in cents.
    private static PitchLfo Lfo(short delay, short frequency, short cents) => cents == 0 ? PitchLfo.None : Oscillator(delay, frequency, cents);

    private static PitchLfo Oscillator(short delay, short frequency, short cents) =>
        new PitchLfo(Seconds(delay), 8.176 * Math.Pow(2, Math.Clamp((int)frequency, -16_000, 4_500) / 1200.0), Math.Clamp((int)cents, -12_000, 12_000));

    // SF2 times are timecents: 1200·log2(seconds); the spec's floor of -12 000 is a millisecond.
    private static double Seconds(short timecents) => Math.Pow(2, Math.Clamp((int)timecents, -12_000, 8_000) / 1200.0);

    // The frames of one sample header, decoded once at load time (16-bit, widened by the sm24 chunk when the font has
    // one), with guard frames of silence on either side for the interpolator.
    private static float[] Decode(NAudio.SoundFont.SoundFont font, uint start, uint end)
    {
        var pcm = font.SampleData;
        var low = font.SampleData24;
        var length = (int)(end - start);
        var data = new float[length + (2 * SampledZone.Guard)];
        for (var i = 0; i < length; i++)
        {
            var index = (int)start + i;
            var high = BinaryPrimitives.ReadInt16LittleEndian(pcm.AsSpan(index * 2, 2));
            data[SampledZone.Guard + i] = low is not null && index < low.Length
                ? ((high << 8) | low[index]) / 8_388_608f
                : high / 32_768f;
        }

        return data;
    }
}
