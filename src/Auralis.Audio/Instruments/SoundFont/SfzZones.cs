using NAudio.Sfz;

namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>Turns the regions NAudio parses and maps from an SFZ file into <see cref="SampledZone"/>s.</summary>
/// <remarks>
/// What is read: key and velocity ranges, pitch_keycenter, pitch_keytrack, tune and transpose, volume, pan,
/// amp_veltrack, the ampeg envelope (its decay and release taken as the time of a 100 dB fall, as SF2 has them), a
/// low-pass cutoff and resonance, offset, end, the loop and its mode, group and off_by. Regions that play on release,
/// or only on legato or first notes, keyswitches, round robins, random and controller gates are left out: the session
/// plays notes, one velocity each, and nothing else. A stereo sample becomes two zones, hard left and right.
/// </remarks>
internal static class SfzZones
{
    public static SampledProgram Build(string name, SfzInstrument sfz, Func<string, SampleData?> sampleOf)
    {
        var regions = sfz.MapRegions();
        if (regions.Count == 0)
        {
            throw new SoundFontFormatException($"The SFZ '{name}' has no <region>.");
        }

        var samples = new Dictionary<string, SampleData>(StringComparer.Ordinal);
        var zones = new List<SampledZone>();
        var channels = new Dictionary<(string, int), float[]>();
        foreach (var region in regions)
        {
            if (region.Trigger != SfzTrigger.Attack || (region.HasEnd && region.End < 0) || region.KeyswitchLast >= 0 || region.SequenceLength > 1)
            {
                continue;
            }

            var path = region.Sample ?? throw new SoundFontFormatException($"A region of the SFZ '{name}' names no sample.");
            if (!samples.TryGetValue(path, out var sample))
            {
                sample = sampleOf(path) ?? throw new SoundFontFormatException($"The SFZ '{name}' plays '{path}', which is not there.");
                samples[path] = sample;
            }

            for (var c = 0; c < sample.Channels.Count; c++)
            {
                if (!channels.TryGetValue((path, c), out var data))
                {
                    data = new float[sample.Frames + (2 * SampledZone.Guard)];
                    sample.Channels[c].CopyTo(data, SampledZone.Guard);
                    channels[(path, c)] = data;
                }

                zones.Add(ZoneOf(region, data, sample, sample.Channels.Count == 1 ? region.Pan : c == 0 ? -1f : 1f));
            }
        }

        return new SampledProgram(name, zones);
    }

    private static SampledZone ZoneOf(SfzMappedRegion region, float[] data, SampleData sample, float pan)
    {
        var frames = sample.Frames;
        var start = SampledZone.Guard + Math.Clamp(region.Offset, 0, frames - 1);
        var end = SampledZone.Guard + (region.HasEnd ? Math.Clamp(region.End + 1, 1, frames) : frames);
        end = Math.Max(end, start + 1);
        var loopStart = region.HasLoopStart ? Math.Clamp(SampledZone.Guard + region.LoopStart, start, end) : start;
        var loopEnd = region.HasLoopEnd ? Math.Clamp(SampledZone.Guard + region.LoopEnd + 1, loopStart, end) : end;
        var looped = region.HasLoopStart || region.HasLoopEnd;
        var mode = region.HasLoopMode ? region.LoopMode : looped ? SfzLoopMode.LoopContinuous : SfzLoopMode.NoLoop;
        var loop = loopEnd - loopStart < 2 ? ZoneLoop.None : mode switch
        {
            SfzLoopMode.LoopContinuous => ZoneLoop.Continuous,
            SfzLoopMode.LoopSustain => ZoneLoop.UntilRelease,
            _ => ZoneLoop.None,
        };
        return new SampledZone
        {
            Data = data,
            Start = start,
            End = end,
            LoopStart = loopStart,
            LoopEnd = loopEnd,
            Loop = loop,
            SampleRate = sample.SampleRate,
            LowKey = region.LoKey,
            HighKey = region.HiKey,
            LowVelocity = Math.Max(1, region.LoVel),
            HighVelocity = region.HiVel,
            RootKey = region.PitchKeycenter - (region.TuneCents / 100.0),
            KeyTracking = region.PitchKeytrack / 100.0,
            Gain = (float)Math.Pow(10, region.VolumeDb / 20.0),
            VelocityTracking = Math.Clamp(region.AmpVelTrack / 100f, 0f, 1f),
            Pan = Math.Clamp(pan, -1f, 1f),
            Envelope = new VolumeEnvelopeShape(region.AmpegDelay, Math.Max(0.001, region.AmpegAttack), region.AmpegHold,
                Math.Max(0.001, region.AmpegDecay), Math.Clamp(region.AmpegSustain, 0, 1), Math.Max(0.001, region.AmpegRelease)),
            CutoffHertz = region.HasCutoff && region.FilterType == SfzFilterType.LowPass ? region.CutoffHz : 0,
            ResonanceDecibels = region.ResonanceDb,
            Group = region.Group,
            OffBy = region.OffBy,
        };
    }
}
