namespace Auralis.Music.Melody;

/// <summary>One note of a bar's figure: when it starts in the bar, how long it lasts, and its scale step from the bar's anchor.</summary>
/// <param name="Onset">Ticks from the bar's start.</param>
/// <param name="Duration">Length in ticks.</param>
/// <param name="Step">Scale steps above (or below) the anchor.</param>
/// <param name="Cadence">True for a note of a cadence figure, whose step counts from the cadence's goal (the tonic, or the second degree for a half cadence) instead of the anchor.</param>
public readonly record struct FigureNote(int Onset, int Duration, int Step, bool Cadence = false);
