namespace Auralis.Protocol.Osc;

/// <summary>An OSC bundle: a timetag saying when its elements take effect, and the elements (messages or nested bundles).</summary>
/// <remarks>
/// OSC 1.0 asks that a nested bundle's time be no earlier than its parent's; that is the scheduler's business, so neither the
/// writer nor the reader enforces it.
/// </remarks>
public sealed record OscBundle : OscPacket
{
    private readonly OscPacket[] _elements;

    /// <summary>Creates a bundle of <paramref name="elements"/> to take effect at <paramref name="time"/>.</summary>
    public OscBundle(OscTimeTag time, params ReadOnlySpan<OscPacket> elements)
    {
        foreach (var element in elements)
        {
            ArgumentNullException.ThrowIfNull(element, nameof(elements));
        }

        Time = time;
        _elements = elements.ToArray();
    }

    /// <summary>When the elements take effect.</summary>
    public OscTimeTag Time { get; }

    /// <summary>The elements in order.</summary>
    public IReadOnlyList<OscPacket> Elements => _elements;

    /// <summary>Every message inside, depth first in order, each with the time of the innermost bundle that holds it.</summary>
    public override IEnumerable<(OscTimeTag Time, OscMessage Message)> Messages()
    {
        foreach (var element in _elements)
        {
            if (element is OscMessage message)
            {
                yield return (Time, message);
                continue;
            }

            foreach (var inner in element.Messages())
            {
                yield return inner;
            }
        }
    }

    /// <summary>Equal when the times and all elements are equal.</summary>
    public bool Equals(OscBundle? other) => other is not null && Time == other.Time && _elements.AsSpan().SequenceEqual(other._elements);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Time, _elements.Length);

    /// <inheritdoc />
    public override string ToString() => $"#bundle {Time} [{string.Join(", ", _elements.Select(e => e.ToString()))}]";
}
