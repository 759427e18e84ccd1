using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Auralis.Audio.Effects;

/// <summary>A circular buffer of past samples, read back a fractional number of samples ago (linear interpolation).</summary>
/// <remarks>Allocated once by its owner's Prepare; Write and Read allocate nothing.</remarks>
internal sealed class DelayLine(int capacity, int maxBlockFrames = 0)
{
    private readonly float[] _buffer = new float[Math.Max(2, capacity)];
    private readonly float[] _window = new float[maxBlockFrames + 1];
    private int _write;

    /// <summary>The longest delay, in samples, this line can read.</summary>
    public int Capacity => _buffer.Length - 1;

    /// <summary>Appends one sample.</summary>
    public void Write(float sample)
    {
        _buffer[_write] = sample;
        _write = _write + 1 == _buffer.Length ? 0 : _write + 1;
    }

    /// <summary>The sample written <paramref name="delay"/> samples before the next write (1 = the last one written).</summary>
    public float Read(float delay)
    {
        var d = Math.Clamp(delay, 1f, Capacity);
        var whole = (int)d;
        var fraction = d - whole;
        var a = _write - whole;
        if (a < 0)
        {
            a += _buffer.Length;
        }

        var b = a - 1 < 0 ? _buffer.Length - 1 : a - 1;
        return _buffer[a] + ((_buffer[b] - _buffer[a]) * fraction);
    }

    /// <summary>
    /// The samples <see cref="Read"/> would return for <paramref name="delay"/> over the next <c>echoes.Length</c>
    /// writes, read at once: the delay must exceed the block, so none of them is written during it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ReadBlock(float delay, Span<float> echoes)
    {
        var d = Math.Clamp(delay, 1f, Capacity);
        var whole = (int)d;
        var fraction = d - whole;
        var a = _write - whole;
        if (a < 0)
        {
            a += _buffer.Length;
        }

        // Sample i reads a + i and the one before it; copy the stretch out of the ring so the loop is plain.
        var count = echoes.Length + 1;
        var window = _window.AsSpan(0, count);
        var from = a - 1 < 0 ? _buffer.Length - 1 : a - 1;
        var first = Math.Min(count, _buffer.Length - from);
        _buffer.AsSpan(from, first).CopyTo(window);
        _buffer.AsSpan(0, count - first).CopyTo(window[first..]);
        var i = 0;
        if (Vector.IsHardwareAccelerated && echoes.Length >= Vector<float>.Count)
        {
            var fractions = new Vector<float>(fraction);
            // By reference: the window holds echoes.Length + 1 samples, so each vector's loads stay inside it.
            ref var samples = ref MemoryMarshal.GetReference(window);
            ref var echo = ref MemoryMarshal.GetReference(echoes);
            for (; i <= echoes.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var before = Vector.LoadUnsafe(ref samples, (nuint)i);
                var at = Vector.LoadUnsafe(ref samples, (nuint)(i + 1));
                (at + ((before - at) * fractions)).StoreUnsafe(ref echo, (nuint)i);
            }
        }

        for (; i < echoes.Length; i++)
        {
            echoes[i] = window[i + 1] + ((window[i] - window[i + 1]) * fraction);
        }
    }

    /// <summary>Appends a block of samples.</summary>
    public void WriteBlock(ReadOnlySpan<float> samples)
    {
        var first = Math.Min(samples.Length, _buffer.Length - _write);
        samples[..first].CopyTo(_buffer.AsSpan(_write));
        samples[first..].CopyTo(_buffer);
        _write += samples.Length;
        _write -= _write >= _buffer.Length ? _buffer.Length : 0;
    }

    /// <summary>Silences the line.</summary>
    public void Clear()
    {
        Array.Clear(_buffer);
        _write = 0;
    }
}
