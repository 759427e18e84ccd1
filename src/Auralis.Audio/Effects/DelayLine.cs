namespace Auralis.Audio.Effects;

/// <summary>A circular buffer of past samples, read back a fractional number of samples ago (linear interpolation).</summary>
/// <remarks>Allocated once by its owner's Prepare; Write and Read allocate nothing.</remarks>
internal sealed class DelayLine(int capacity)
{
    private readonly float[] _buffer = new float[Math.Max(2, capacity)];
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

    /// <summary>Silences the line.</summary>
    public void Clear()
    {
        Array.Clear(_buffer);
        _write = 0;
    }
}
