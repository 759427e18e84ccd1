using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Auralis.Audio.Effects;

/// <summary>A reverb's fixed delay line whose next stretch of up to <see cref="Reach"/> samples is always one span, read and then overwritten in place.</summary>
/// <remarks>
/// The buffer holds the line's <see cref="Length"/> samples and, after them, a copy of the first <see cref="Reach"/>: a
/// stretch that runs past the end goes on into the copy, so a block loop needs neither to copy the stretch out and back
/// nor to split it at the wrap. <see cref="Advance"/> keeps the copy and what it mirrors equal once a stretch has been
/// overwritten. The plain per-sample loops use the first <see cref="Length"/> samples as an ordinary ring and leave the
/// copy alone; a line is driven by the one or the other, never both.
/// </remarks>
internal sealed class ReverbLine(int length, int reach)
{
    private readonly float[] _buffer = new float[length + reach];

    /// <summary>The delay, in samples.</summary>
    public int Length => length;

    /// <summary>The longest stretch <see cref="Next"/> can give.</summary>
    public int Reach => reach;

    /// <summary>Where the next sample is read and then written.</summary>
    public int Index { get; set; }

    /// <summary>The line's next <paramref name="frames"/> samples, oldest first: read them, then overwrite them with what the line is fed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<float> Next(int frames)
    {
        if (frames > reach)
        {
            Refuse(frames);
        }

        return _buffer.AsSpan(Index, frames);
    }

    /// <summary>Moves past the <paramref name="frames"/> samples just overwritten through <see cref="Next"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Advance(int frames)
    {
        var start = Index;
        var end = start + frames;
        if (end > length)
        {
            // The stretch ran on into the copy: the ring's first samples are what was written there.
            _buffer.AsSpan(length, end - length).CopyTo(_buffer);
        }

        if (start < reach)
        {
            // The stretch overwrote some of the first samples: their copy follows.
            var mirrored = Math.Min(Math.Min(end, length), reach) - start;
            _buffer.AsSpan(start, mirrored).CopyTo(_buffer.AsSpan(length + start));
        }

        Index = end >= length ? end - length : end;
    }

    [DoesNotReturn]
    private void Refuse(int frames) =>
        throw new ArgumentOutOfRangeException(nameof(frames), $"A stretch of the line is at most {reach} samples, not {frames}.");

    /// <summary>Silences the line.</summary>
    public void Clear()
    {
        Array.Clear(_buffer);
        Index = 0;
    }
}
