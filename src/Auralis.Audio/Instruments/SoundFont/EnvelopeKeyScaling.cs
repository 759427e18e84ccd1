namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>SF2's key scaling of an envelope's hold and decay (keynumToVolEnvHold and its kin): timecents per key below 60.</summary>
internal static class EnvelopeKeyScaling
{
    /// <summary><paramref name="seconds"/> as a note on <paramref name="key"/> takes them, <paramref name="centsPerKey"/> timecents longer per key below 60.</summary>
    public static double Scale(double seconds, double centsPerKey, int key) => seconds * Math.Pow(2, centsPerKey * (60 - key) / 1200.0);
}
