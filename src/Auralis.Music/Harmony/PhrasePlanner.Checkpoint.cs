using Auralis.Music.Randomness;

namespace Auralis.Music.Harmony;

/// <summary>Everything a <see cref="PhrasePlanner"/> needs to plan on exactly from where it was.</summary>
/// <param name="Random">The position of its stream.</param>
/// <param name="Themes">The progression each theme was stated with.</param>
/// <param name="Current">The progression of the section playing (null before the first phrase).</param>
public sealed record PhrasePlannerCheckpoint(GeneratorState Random, IReadOnlyList<PlannedProgression> Themes, PlannedProgression? Current);

/// <summary>A progression the planner remembers: for a theme (in <see cref="PhrasePlannerCheckpoint.Themes"/>) or a section (its current one).</summary>
/// <param name="Number">The theme's number, or the section's index.</param>
/// <param name="Regime">The regime it was planned in.</param>
/// <param name="Family">The mode family it was planned in.</param>
/// <param name="Progression">Its numerals.</param>
public sealed record PlannedProgression(int Number, Regime Regime, ModeFamily Family, IReadOnlyList<string> Progression);

/// <content>Capturing and restoring the planner (the composer's checkpoint).</content>
public sealed partial class PhrasePlanner
{
    /// <summary>The state to checkpoint.</summary>
    public PhrasePlannerCheckpoint Capture() =>
        new(_random.State,
            _themes.Select(t => new PlannedProgression(t.Key, t.Value.Regime, t.Value.Family, [.. t.Value.Progression])).ToArray(),
            _current is { } current ? new PlannedProgression(current.Section, current.Regime, current.Family, [.. current.Progression]) : null);

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/> from a planner of the same stream).</summary>
    public void Restore(PhrasePlannerCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(checkpoint.Themes);
        if (checkpoint.Themes.Append(checkpoint.Current).OfType<PlannedProgression>().Any(p => p.Progression is not { Count: > 0 }))
        {
            throw new ArgumentException("A progression in the planner's checkpoint has no chords.", nameof(checkpoint));
        }

        _random.Restore(checkpoint.Random);
        _themes.Clear();
        foreach (var theme in checkpoint.Themes)
        {
            _themes[theme.Number] = (theme.Regime, theme.Family, [.. theme.Progression]);
        }

        _current = checkpoint.Current is { } current ? (current.Number, current.Regime, current.Family, [.. current.Progression]) : null;
    }
}
