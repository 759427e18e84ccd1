namespace Auralis.Market;

/// <summary>The values a <see cref="RollingWindow"/> holds, oldest first: what it needs to go on exactly.</summary>
/// <param name="Values">The values held, oldest first (at most the window's capacity).</param>
public sealed record RollingWindowCheckpoint(IReadOnlyList<double> Values);

/// <content>Capturing and restoring the window (the composer's checkpoint).</content>
public sealed partial class RollingWindow
{
    /// <summary>The state to checkpoint.</summary>
    public RollingWindowCheckpoint Capture() => new(Enumerable.Range(0, Count).Select(i => this[Count - 1 - i]).ToArray());

    /// <summary>Empties the window and refills it from <paramref name="checkpoint"/> (taken from a window of the same capacity).</summary>
    public void Restore(RollingWindowCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(checkpoint.Values);
        if (checkpoint.Values.Count > _values.Length)
        {
            throw new ArgumentException($"The checkpoint holds {checkpoint.Values.Count} values; the window keeps {_values.Length}.", nameof(checkpoint));
        }

        Array.Clear(_values);
        (_next, Count) = (0, 0);
        foreach (var value in checkpoint.Values)
        {
            Add(value);
        }
    }
}
