namespace Auralis.Music.Harmony;

/// <summary>How each regime plays beyond its chords: how busy its melody is and how hard every part strikes.</summary>
/// <remarks>Bull markets are eager (busier, louder), bear markets heavy and sparse (fewer notes, softer), volatile markets agitated, sideways markets even; the grooves, the swing and the register do the rest.</remarks>
public static class RegimeCharacter
{
    /// <summary>The factor on the melody's density.</summary>
    public static double Density(Regime regime) => regime switch
    {
        Regime.Bull => 1.15,
        Regime.Bear => 0.75,
        Regime.Volatile => 1.1,
        _ => 1.0,
    };

    /// <summary>The velocity every part adds (or takes away).</summary>
    public static int Accent(Regime regime) => regime switch
    {
        Regime.Bull => 5,
        Regime.Bear => -6,
        Regime.Volatile => 3,
        _ => 0,
    };
}
