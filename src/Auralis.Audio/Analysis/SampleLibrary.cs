using Auralis.Audio.Codecs;

namespace Auralis.Audio.Analysis;

/// <summary>Named samples and their features, searchable by likeness: the pure core of the sample agent's library.</summary>
/// <remarks>
/// Distance is weighted Euclidean over the dimensions the request names, on the fixed scales of
/// <see cref="SampleFeature"/>. Pitch only compares two pitched sounds; asking for a pitch of an unpitched sample costs
/// the whole pitch dimension. Ties go to the name that sorts first, so the same library always answers the same way.
/// Not thread-safe: one owner (an actor) holds it.
/// </remarks>
public sealed class SampleLibrary
{
    private readonly Dictionary<string, (SampleFeatures Features, double[] Vector)> _samples = new(StringComparer.Ordinal);

    /// <summary>How many samples the library holds.</summary>
    public int Count => _samples.Count;

    /// <summary>The samples' names, sorted.</summary>
    public IReadOnlyList<string> Names => [.. _samples.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Adds a sample whose features are known, refusing a name already taken.</summary>
    public void Add(string name, SampleFeatures features)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(features);
        if (!_samples.TryAdd(name, (features, SampleFeatureScale.Normalize(features))))
        {
            throw new ArgumentException($"The library already holds a sample named '{name}'.", nameof(name));
        }
    }

    /// <summary>Analyses <paramref name="audio"/> and adds it as <paramref name="name"/>; returns its features.</summary>
    public SampleFeatures Add(string name, WavAudio audio)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var features = SampleAnalyzer.Analyze(audio);
        Add(name, features);
        return features;
    }

    /// <summary>Removes the sample named <paramref name="name"/>; false when there was none.</summary>
    public bool Remove(string name) => _samples.Remove(name);

    /// <summary>The features of the sample named <paramref name="name"/>, or null.</summary>
    public SampleFeatures? Find(string name) => _samples.TryGetValue(name, out var entry) ? entry.Features : null;

    /// <summary>The sample nearest to <paramref name="request"/>, or null when the library is empty.</summary>
    public SampleMatch? Nearest(SampleRequest request, FeatureWeights? weights = null) => Rank(request, 1, weights).FirstOrDefault();

    /// <summary>The <paramref name="count"/> samples nearest to <paramref name="request"/>, nearest first.</summary>
    public IReadOnlyList<SampleMatch> Rank(SampleRequest request, int count, FeatureWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var wanted = request.Normalize();
        var weighting = (weights ?? FeatureWeights.Equal).ToArray();
        return _samples
            .Select(pair => new SampleMatch(pair.Key, pair.Value.Features, Distance(wanted, pair.Value.Vector, weighting)))
            .OrderBy(match => match.Distance)
            .ThenBy(match => match.Name, StringComparer.Ordinal)
            .Take(count)
            .ToArray();
    }

    /// <summary>The weighted Euclidean distance from a request's vector (NaN = not asked) to a sample's.</summary>
    internal static double Distance(ReadOnlySpan<double> wanted, ReadOnlySpan<double> sample, ReadOnlySpan<double> weights)
    {
        var sum = 0.0;
        for (var i = 0; i < wanted.Length; i++)
        {
            if (double.IsNaN(wanted[i]))
            {
                continue;
            }

            // An unpitched sample has no pitch to compare: it is as far from a requested pitch as the scale allows.
            var difference = double.IsNaN(sample[i]) ? 1 : wanted[i] - sample[i];
            sum += weights[i] * difference * difference;
        }

        return Math.Sqrt(sum);
    }
}
