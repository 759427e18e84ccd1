using Auralis.Music.Theory;

namespace Auralis.Music.Harmony;

/// <summary>The chord progressions each market regime plays, as Roman numerals, for major-family and minor-family keys.</summary>
/// <remarks>
/// Bull markets get bright, forward progressions (I–V–vi–IV, the plagal and authentic loops); bear markets lean on the
/// relative minor and descending motion; sideways markets rock between two chords, as modal music does; volatile
/// markets borrow chromatic chords (♭VI, the Neapolitan ♭II, diminished sevenths) and resolve them through V7. Every
/// regime has three variants, so a session can vary its harmony without leaving the regime's character.
/// </remarks>
public static class RegimeProgressions
{
    private static readonly Dictionary<(Regime, ModeFamily), string[][]> Table = new()
    {
        [(Regime.Bull, ModeFamily.Major)] = [["I", "V", "vi", "IV"], ["I", "IV", "V", "I"], ["I", "iii", "IV", "V"]],
        [(Regime.Bear, ModeFamily.Major)] = [["vi", "IV", "I", "V"], ["vi", "ii", "iii", "vi"], ["ii7", "V7", "vi", "vi"]],
        [(Regime.Sideways, ModeFamily.Major)] = [["I", "IV", "I", "V"], ["I", "ii7", "I", "ii7"], ["I", "IV", "I", "IV"]],
        [(Regime.Volatile, ModeFamily.Major)] = [["vi", "bVI", "bII", "V7"], ["viio7", "I", "bVI", "V7"], ["ii7", "bII", "I", "viio"]],
        [(Regime.Bull, ModeFamily.Minor)] = [["III", "VII", "i", "VI"], ["i", "III", "VII", "VI"], ["VI", "VII", "III", "i"]],
        [(Regime.Bear, ModeFamily.Minor)] = [["i", "iv", "v", "i"], ["i", "VI", "III", "VII"], ["iio", "V7", "i", "i"]],
        [(Regime.Sideways, ModeFamily.Minor)] = [["i", "iv", "i", "iv"], ["i", "v", "i", "v"], ["i", "VII", "i", "VII"]],
        [(Regime.Volatile, ModeFamily.Minor)] = [["i", "bII", "V7", "i"], ["#viio7", "i", "VI", "V7"], ["iv", "bII", "#viio7", "V7"]],
    };

    /// <summary>How many variants each regime has.</summary>
    public const int Variants = 3;

    /// <summary>The progression of <paramref name="regime"/> for keys of <paramref name="family"/>, variant 0..2.</summary>
    public static IReadOnlyList<RomanNumeral> For(Regime regime, ModeFamily family, int variant = 0)
    {
        if (!Table.TryGetValue((regime, family), out var variants))
        {
            throw new ArgumentOutOfRangeException(nameof(regime), regime, "No progressions are defined for this regime.");
        }

        if (variant is < 0 or >= Variants)
        {
            throw new ArgumentOutOfRangeException(nameof(variant), variant, $"A regime has progression variants 0 to {Variants - 1}.");
        }

        return variants[variant].Select(RomanNumeral.Parse).ToArray();
    }

    /// <summary>The progression of <paramref name="regime"/> in <paramref name="key"/>, as chords.</summary>
    public static IReadOnlyList<Chord> In(Key key, Regime regime, int variant = 0) =>
        For(regime, ModeFamilies.Of(key.Scale), variant).Select(numeral => numeral.ChordIn(key)).ToArray();

    /// <summary>The progression named like "bull", "bear-2" (regime, optionally a variant number from 1).</summary>
    public static (Regime Regime, int Variant) ParseName(string name)
    {
        var parts = (name ?? string.Empty).Trim().ToLowerInvariant().Split('-');
        if (parts.Length is < 1 or > 2 || !Enum.TryParse<Regime>(parts[0], ignoreCase: true, out var regime) || !Enum.IsDefined(regime)
            || parts[0].Any(char.IsDigit))
        {
            throw new ArgumentException($"Unknown progression '{name}': use bull, bear, sideways or volatile, optionally with -1, -2 or -3.", nameof(name));
        }

        var variant = 0;
        if (parts.Length == 2 && (!int.TryParse(parts[1], out variant) || variant is < 1 or > Variants))
        {
            throw new ArgumentException($"Unknown progression variant in '{name}': use 1 to {Variants}.", nameof(name));
        }

        return (regime, parts.Length == 2 ? variant - 1 : 0);
    }
}
