namespace Auralis.Music.Melody;

/// <summary>One note of a bar's figure: when it starts in the bar, how long it lasts, and its scale step from the bar's anchor.</summary>
/// <param name="Onset">Ticks from the bar's start.</param>
/// <param name="Duration">Length in ticks.</param>
/// <param name="Step">Scale steps above (or below) the anchor.</param>
/// <param name="Cadence">True for a cadence's goal note, which lands on the tonic or the chord's root whatever its step.</param>
public readonly record struct FigureNote(int Onset, int Duration, int Step, bool Cadence = false);
