using Auralis.Music.Randomness;
using Auralis.Music.Theory;

namespace Auralis.Music.Melody;

/// <summary>Everything a <see cref="ThemeMelody"/> needs to sing on exactly from where it was.</summary>
/// <param name="Random">The position of the melody's stream.</param>
/// <param name="Humanize">The position of its velocity-jitter stream.</param>
/// <param name="Themes">Each theme's bar figure, by theme number.</param>
/// <param name="DevelopedSection">The section whose development was drawn (−1 before any).</param>
/// <param name="Inverts">True when that development inverts the theme.</param>
/// <param name="Bar">The current bar's figure (null before the first bar).</param>
/// <param name="BarTick">The current bar's first tick (−1 before the first bar).</param>
/// <param name="Anchor">The pitch the bar's figure is anchored on.</param>
/// <param name="BarTarget">The market's target pitch for the bar.</param>
/// <param name="BarCentre">The bar's market centre.</param>
/// <param name="Sequence">The step of the sequence the figure is moved by.</param>
/// <param name="FollowsMarket">True in a bar where the market speaks.</param>
/// <param name="Goal">The cadence's goal (null when no cadence is under way).</param>
/// <param name="LastPitch">The last pitch sung (null after a break).</param>
/// <param name="LastBass">The bass pitch under it.</param>
/// <param name="LastShift">The market's shift (semitones) at the bar's last beat; 0 at a bar's start.</param>
/// <param name="LastTarget">The market's target pitch at the last beat (NaN before the first beat and after a break).</param>
/// <param name="MarketSteps">The scale steps the market has moved the line since the bar's start.</param>
public sealed record ThemeMelodyCheckpoint(
    GeneratorState Random,
    GeneratorState Humanize,
    IReadOnlyDictionary<int, BarFigure> Themes,
    int DevelopedSection,
    bool Inverts,
    BarFigure? Bar,
    long BarTick,
    Pitch Anchor,
    double BarTarget,
    double BarCentre,
    int Sequence,
    bool FollowsMarket,
    Pitch? Goal,
    Pitch? LastPitch,
    Pitch? LastBass,
    int LastShift = 0,
    double LastTarget = double.NaN,
    int MarketSteps = 0);

/// <content>Capturing and restoring the melody (the composer's checkpoint).</content>
public sealed partial class ThemeMelody
{
    /// <summary>The state to checkpoint.</summary>
    public ThemeMelodyCheckpoint Capture() =>
        new(_random.State, _humanize.State, new Dictionary<int, BarFigure>(_themes), _developedSection, _inverts, _bar, _barTick, _anchor, _barTarget,
            _barCentre, _sequence, _followsMarket, _goal, _lastPitch, _lastBass, _lastShift, _lastTarget, _marketSteps);

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/> from a melody of the same stream).</summary>
    public void Restore(ThemeMelodyCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(checkpoint.Themes);
        _random.Restore(checkpoint.Random);
        _humanize.Restore(checkpoint.Humanize);
        _themes.Clear();
        foreach (var (theme, figure) in checkpoint.Themes)
        {
            _themes[theme] = figure ?? throw new ArgumentException($"Theme {theme} has no figure.", nameof(checkpoint));
        }

        (_developedSection, _inverts, _bar, _barTick, _anchor, _barTarget, _barCentre) =
            (checkpoint.DevelopedSection, checkpoint.Inverts, checkpoint.Bar, checkpoint.BarTick, checkpoint.Anchor, checkpoint.BarTarget, checkpoint.BarCentre);
        (_sequence, _followsMarket, _goal, _lastPitch, _lastBass, _lastShift, _lastTarget, _marketSteps) =
            (checkpoint.Sequence, checkpoint.FollowsMarket, checkpoint.Goal, checkpoint.LastPitch, checkpoint.LastBass, checkpoint.LastShift, checkpoint.LastTarget,
             checkpoint.MarketSteps);
    }
}
