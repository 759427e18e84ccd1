namespace Auralis.Market;

/// <summary>A fixed-capacity ring of the most recent values (prices, log prices), indexed backwards from the latest.</summary>
public sealed partial class RollingWindow
{
    private readonly double[] _values;
    private int _next;

    /// <summary>Creates an empty window that keeps the last <paramref name="capacity"/> values.</summary>
    public RollingWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _values = new double[capacity];
    }

    /// <summary>How many values are held (at most <see cref="Capacity"/>).</summary>
    public int Count { get; private set; }

    /// <summary>How many values the window keeps.</summary>
    public int Capacity => _values.Length;

    /// <summary>True once the window holds <see cref="Capacity"/> values.</summary>
    public bool IsFull => Count == _values.Length;

    /// <summary>The value <paramref name="stepsAgo"/> steps before the latest (0 is the latest).</summary>
    public double this[int stepsAgo]
    {
        get
        {
            if ((uint)stepsAgo >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(stepsAgo), stepsAgo, $"The window holds {Count} values.");
            }

            var index = _next - 1 - stepsAgo;
            return _values[index < 0 ? index + _values.Length : index];
        }
    }

    /// <summary>Adds the newest value, dropping the oldest when full.</summary>
    public void Add(double value)
    {
        _values[_next] = value;
        _next = (_next + 1) % _values.Length;
        Count = Math.Min(Count + 1, _values.Length);
    }

    /// <summary>The mean of the latest <paramref name="length"/> values, ending <paramref name="stepsAgo"/> steps back.</summary>
    public double Mean(int length, int stepsAgo = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        var sum = 0.0;
        for (var i = 0; i < length; i++)
        {
            sum += this[stepsAgo + i];
        }

        return sum / length;
    }
}
