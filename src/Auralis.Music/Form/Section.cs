namespace Auralis.Music.Form;

/// <summary>One section of a piece: what it does, how long it lasts, and how its energy moves.</summary>
/// <param name="Kind">The section's part in the form.</param>
/// <param name="Index">The section's place in the piece, from 0.</param>
/// <param name="Bars">Its planned length in bars, a whole number of phrases (the market may end it sooner, at a phrase end).</param>
/// <param name="EnergyFrom">The energy (0..1) at its first bar.</param>
/// <param name="EnergyTo">The energy at its last bar.</param>
/// <param name="Drums">False where the drums rest.</param>
/// <param name="Texture">How the accompaniment plays.</param>
/// <param name="KeyShift">Semitones the section's key lies above the session's key (a modulation when not 0).</param>
/// <param name="Theme">Which theme the melody states or develops (0 is the opening theme).</param>
public sealed record Section(SectionKind Kind, int Index, int Bars, double EnergyFrom, double EnergyTo, bool Drums, Texture Texture, int KeyShift, int Theme)
{
    /// <summary>The energy at bar <paramref name="barInSection"/>, moving evenly from the first bar to the last.</summary>
    public double EnergyAt(int barInSection) =>
        Bars <= 1 ? EnergyTo : EnergyFrom + ((EnergyTo - EnergyFrom) * Math.Clamp(barInSection, 0, Bars - 1) / (Bars - 1));
}
