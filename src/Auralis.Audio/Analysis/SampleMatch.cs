namespace Auralis.Audio.Analysis;

/// <summary>A sample found for a request: its name, its features, and its weighted distance from the request (0 = exact).</summary>
public sealed record SampleMatch(string Name, SampleFeatures Features, double Distance);
