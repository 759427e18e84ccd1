using Auralis.Music.Randomness;
using Auralis.Music.Theory;

namespace Auralis.Music.Markov;

/// <summary>
/// Chord progressions from a Markov model of first or second order, trained on example progressions of Roman numerals.
/// </summary>
/// <remarks>
/// Training counts each transition (from the previous chord, or the previous two, to the next); generation draws the
/// next chord in proportion to those counts, so only trained transitions ever appear. When a state has never been
/// followed by anything (the last chord of every example), a second-order model backs off to the first-order
/// transitions of the last chord, and a first-order model starts again from one of the trained opening chords.
/// </remarks>
public sealed class MarkovChords
{
    private readonly Dictionary<string, Dictionary<string, int>> _first = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), Dictionary<string, int>> _second = [];
    private readonly Dictionary<string, int> _openings = new(StringComparer.Ordinal);

    /// <summary>Creates an untrained model of order 1 or 2.</summary>
    public MarkovChords(int order = 1)
    {
        if (order is not (1 or 2))
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, "A chord model has order 1 or 2.");
        }

        Order = order;
    }

    /// <summary>1: the next chord depends on the last; 2: on the last two.</summary>
    public int Order { get; }

    /// <summary>True once at least one progression has been trained.</summary>
    public bool IsTrained => _openings.Count > 0;

    /// <summary>A model of <paramref name="order"/> trained on <paramref name="progressions"/>.</summary>
    public static MarkovChords Train(int order, params IReadOnlyList<string>[] progressions)
    {
        var model = new MarkovChords(order);
        foreach (var progression in progressions)
        {
            model.Add(progression);
        }

        return model.IsTrained ? model : throw new ArgumentException("Training needs at least one progression.", nameof(progressions));
    }

    /// <summary>Counts the transitions of one example progression (each token a Roman numeral such as "ii7").</summary>
    public void Add(IReadOnlyList<string> progression)
    {
        if (progression is null || progression.Count == 0)
        {
            throw new ArgumentException("A training progression needs at least one chord.", nameof(progression));
        }

        foreach (var token in progression)
        {
            try
            {
                RomanNumeral.Parse(token);
            }
            catch (FormatException error)
            {
                throw new ArgumentException($"'{token}' in a training progression is not a Roman numeral chord.", nameof(progression), error);
            }
        }

        Increment(_openings, progression[0]);
        for (var i = 1; i < progression.Count; i++)
        {
            Increment(Row(_first, progression[i - 1]), progression[i]);
            if (i >= 2)
            {
                Increment(Row(_second, (progression[i - 2], progression[i - 1])), progression[i]);
            }
        }
    }

    /// <summary>The trained probability of <paramref name="next"/> after <paramref name="from"/> (first order).</summary>
    public double Probability(string from, string next) => Probability(_first.GetValueOrDefault(from), next);

    /// <summary>The trained probability of <paramref name="next"/> after the pair (<paramref name="before"/>, <paramref name="from"/>).</summary>
    public double Probability(string before, string from, string next) => Probability(_second.GetValueOrDefault((before, from)), next);

    /// <summary><paramref name="count"/> chords drawn from the model, starting from a trained opening.</summary>
    public IReadOnlyList<string> Generate(int count, SeededRandom random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentNullException.ThrowIfNull(random);
        if (!IsTrained)
        {
            throw new InvalidOperationException("Train the model before generating.");
        }

        var chords = new List<string>(count) { Draw(_openings, random) };
        while (chords.Count < count)
        {
            chords.Add(Next(chords, random));
        }

        return chords;
    }

    /// <summary>The chords of <see cref="Generate"/> resolved in <paramref name="key"/>.</summary>
    public IReadOnlyList<Chord> GenerateIn(Key key, int count, SeededRandom random) =>
        Generate(count, random).Select(token => RomanNumeral.Parse(token).ChordIn(key)).ToArray();

    private string Next(List<string> chords, SeededRandom random)
    {
        var last = chords[^1];
        if (Order == 2 && chords.Count >= 2 && _second.TryGetValue((chords[^2], last), out var pairRow))
        {
            return Draw(pairRow, random);
        }

        return _first.TryGetValue(last, out var row) ? Draw(row, random) : Draw(_openings, random);
    }

    private static string Draw(Dictionary<string, int> counts, SeededRandom random)
    {
        // Ordinal order keeps the draw independent of the dictionary's insertion order.
        var options = counts.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToArray();
        Span<double> weights = stackalloc double[options.Length];
        for (var i = 0; i < options.Length; i++)
        {
            weights[i] = options[i].Value;
        }

        return options[random.ChooseWeighted(weights)].Key;
    }

    private static double Probability(Dictionary<string, int>? row, string next) =>
        row is null || !row.TryGetValue(next, out var count) ? 0 : count / (double)row.Values.Sum();

    private static Dictionary<string, int> Row<TKey>(Dictionary<TKey, Dictionary<string, int>> table, TKey key)
        where TKey : notnull
    {
        if (!table.TryGetValue(key, out var row))
        {
            table[key] = row = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        return row;
    }

    private static void Increment(Dictionary<string, int> row, string key) => row[key] = row.GetValueOrDefault(key) + 1;
}
