using Auralis.Music.Form;
using Auralis.Music.Harmony;
using Auralis.Music.Time;

namespace Auralis.Music.Melody;

/// <summary>What the melody hears at a beat: where it is, the conductor's reading, the listener's intensity and the market's gesture.</summary>
/// <param name="Tick">The beat's first tick.</param>
/// <param name="Signature">The metre.</param>
/// <param name="Conducted">The form, key, chord and bass at the beat.</param>
/// <param name="Intensity">The listener's intensity, 0..1.</param>
/// <param name="Register">The price level against its baseline, −1..1: where the melody's centre lies.</param>
/// <param name="Lift">The market's short-term lift in semitones.</param>
/// <param name="Surprise">The size of the move against recent volatility.</param>
/// <param name="Swing">True where off-beat eighths are played late (a laid-back feel).</param>
/// <param name="Regime">The market's regime, for its character (<see cref="RegimeCharacter"/>).</param>
/// <param name="Sensitivity">The listener's sensitivity (0.1..10): how many of the melody's bars follow the market note by note.</param>
public sealed record MelodyBeat(long Tick, TimeSignature Signature, ConductedBeat Conducted, double Intensity, double Register, double Lift, double Surprise,
    bool Swing, Regime Regime = Regime.Sideways, double Sensitivity = 1);
