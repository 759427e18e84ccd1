namespace Auralis.Protocol;

/// <summary>A two-way map between the members of an enum and their wire words (matched exactly, ordinal).</summary>
internal sealed class WordMap<T>
    where T : struct, Enum
{
    private readonly (T Value, string Word)[] _pairs;

    public WordMap(params (T Value, string Word)[] pairs)
    {
        _pairs = pairs;
        Choices = string.Join(", ", pairs.Select(p => p.Word));
    }

    /// <summary>Every word, comma-separated, for error messages.</summary>
    public string Choices { get; }

    public string ToWord(T value)
    {
        foreach (var (v, word) in _pairs)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return word;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} {value} has no wire word.");
    }

    public bool TryParse(string? word, out T value)
    {
        foreach (var (v, w) in _pairs)
        {
            if (string.Equals(w, word, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }
}
