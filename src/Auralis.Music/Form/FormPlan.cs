namespace Auralis.Music.Form;

/// <summary>A form such as AABA: phrases of a fixed number of bars, each labelled with its section and ending in a cadence.</summary>
/// <remarks>
/// Cadences follow the usual song-form logic: the last phrase closes (authentic); a phrase followed by another of
/// the same section asks (half) and its repeat answers; the first section closes before a contrasting one
/// (authentic), and a contrasting section leading back to the first pauses on the dominant (half).
/// </remarks>
public sealed class FormPlan
{
    private FormPlan(IReadOnlyList<Phrase> phrases, int phraseBars)
    {
        Phrases = phrases;
        PhraseBars = phraseBars;
    }

    /// <summary>The phrases in order.</summary>
    public IReadOnlyList<Phrase> Phrases { get; }

    /// <summary>Bars per phrase.</summary>
    public int PhraseBars { get; }

    /// <summary>Bars in the whole form.</summary>
    public int Bars => Phrases.Count * PhraseBars;

    /// <summary>The section labels, e.g. "AABA".</summary>
    public string Labels => new(Phrases.Select(p => p.Label).ToArray());

    /// <summary>Parses a form such as "AABA", "ABAB" or "ABAC" (letters A–Z, first letter A) with <paramref name="phraseBars"/> bars per phrase.</summary>
    public static FormPlan Parse(string form, int phraseBars = 8)
    {
        var labels = (form ?? string.Empty).Trim().ToUpperInvariant();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(phraseBars);
        if (labels.Length == 0 || labels.Any(c => c is < 'A' or > 'Z'))
        {
            throw new FormatException($"'{form}' is not a form: use section letters such as AABA.");
        }

        if (labels[0] != 'A')
        {
            throw new FormatException($"'{form}' must start with section A.");
        }

        var phrases = labels.Select((label, i) => new Phrase(label, i, i * phraseBars, phraseBars, CadenceOf(labels, i))).ToArray();
        return new FormPlan(phrases, phraseBars);
    }

    /// <summary>Where bar <paramref name="bar"/> (from 0) lies; the form repeats after its last bar.</summary>
    public FormPosition PositionOf(long bar)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bar);
        var inForm = (int)(bar % Bars);
        return new FormPosition(Phrases[inForm / PhraseBars], inForm % PhraseBars);
    }

    private static Cadence CadenceOf(string labels, int index)
    {
        if (index == labels.Length - 1)
        {
            return Cadence.Authentic;
        }

        var (label, next) = (labels[index], labels[index + 1]);
        if (label == next)
        {
            return Cadence.Half;
        }

        return label == 'A' ? Cadence.Authentic : next == 'A' ? Cadence.Half : Cadence.Authentic;
    }
}
