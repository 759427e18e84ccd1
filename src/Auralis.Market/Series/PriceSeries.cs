namespace Auralis.Market.Series;

/// <summary>A real price series, oldest first, one price per step, every price positive and every time later than the one before.</summary>
public sealed class PriceSeries
{
    private readonly PricePoint[] _points;
    private readonly double[] _prices;

    /// <summary>Creates a series named <paramref name="name"/> from <paramref name="points"/>, checking the invariants.</summary>
    public PriceSeries(string name, IEnumerable<PricePoint> points)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(points);
        _points = points.ToArray();
        if (_points.Length == 0)
        {
            throw new ArgumentException("A price series needs at least one price.", nameof(points));
        }

        for (var i = 0; i < _points.Length; i++)
        {
            var price = _points[i].Price;
            if (!double.IsFinite(price) || price <= 0)
            {
                throw new ArgumentException($"Price {i} is {price}; prices must be positive numbers.", nameof(points));
            }

            if (i > 0 && _points[i].Time <= _points[i - 1].Time)
            {
                throw new ArgumentException($"Price {i} at {_points[i].Time:O} does not come after price {i - 1} at {_points[i - 1].Time:O}.", nameof(points));
            }
        }

        _prices = Array.ConvertAll(_points, point => point.Price);
        Name = name;
    }

    /// <summary>A short name for the series, e.g. "S&amp;P 500".</summary>
    public string Name { get; }

    /// <summary>The points, oldest first.</summary>
    public IReadOnlyList<PricePoint> Points => _points;

    /// <summary>The prices alone, oldest first: price <c>i</c> belongs to step <c>i</c>.</summary>
    public IReadOnlyList<double> Prices => _prices;

    /// <summary>How many prices (steps) the series has.</summary>
    public int Count => _points.Length;

    /// <summary>The point at step <paramref name="index"/>.</summary>
    public PricePoint this[int index] => _points[index];
}
