using NAudio.Wave;

namespace Auralis.Audio.Codecs;

/// <summary>The NAudio <see cref="WaveFormat"/> of each <see cref="WavSampleFormat"/> Auralis writes.</summary>
/// <remarks>
/// NAudio 3 writes PCM with the canonical 16-byte fmt chunk (44-byte header) and IEEE float with the 18-byte fmt chunk of a
/// non-PCM format plus the fact chunk (58 bytes): the float header sox reads without its "missing extended part of fmt
/// chunk" warning, which WAVE_FORMAT_EXTENSIBLE and a 16-byte float fmt chunk both draw.
/// </remarks>
internal static class WavFormats
{
    public static WaveFormat Of(int sampleRate, int channels, WavSampleFormat format) => format switch
    {
        WavSampleFormat.Float32 => WaveFormat.CreateIeeeFloatWaveFormat(sampleRate, channels),
        _ => new WaveFormat(sampleRate, WavSamples.BytesPerSample(format) * 8, channels),
    };
}
