using Auralis.Music.Randomness;

namespace Auralis.Music.Form;

/// <summary>Everything a <see cref="FormConductor"/> needs to lead the form on exactly from where it was.</summary>
/// <param name="Random">The position of its stream.</param>
/// <param name="Planned">The sections planned and not yet begun, in order.</param>
/// <param name="Section">The section playing (null before the first bar).</param>
/// <param name="BarInSection">The bar's place in that section.</param>
/// <param name="Sections">How many sections have begun.</param>
/// <param name="Cycles">How many cycles have been planned.</param>
/// <param name="MarketTurned">True when the market turned and the section ends at its next phrase end.</param>
public sealed record FormConductorCheckpoint(
    GeneratorState Random,
    IReadOnlyList<Section> Planned,
    Section? Section,
    int BarInSection,
    int Sections,
    int Cycles,
    bool MarketTurned);

/// <content>Capturing and restoring the form's progress (the composer's checkpoint).</content>
public sealed partial class FormConductor
{
    /// <summary>The state to checkpoint.</summary>
    public FormConductorCheckpoint Capture() =>
        new(_random.State, [.. _planned], _section, _barInSection, _sections, _cycles, _marketTurned);

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/> from a conductor of the same seed).</summary>
    public void Restore(FormConductorCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(checkpoint.Planned);
        _random.Restore(checkpoint.Random);
        _planned.Clear();
        foreach (var section in checkpoint.Planned)
        {
            _planned.Enqueue(section ?? throw new ArgumentException("A planned section is missing.", nameof(checkpoint)));
        }

        (_section, _barInSection, _sections, _cycles, _marketTurned) =
            (checkpoint.Section, checkpoint.BarInSection, checkpoint.Sections, checkpoint.Cycles, checkpoint.MarketTurned);
    }
}
