using System.Text.Json.Serialization;

namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>GET /api/v1/generate/chords</c>: a regime's progression, or a Markov chain's chords.</summary>
/// <param name="Key">The key, such as "C major".</param>
/// <param name="Regime">The regime whose progression it is (absent for the Markov model).</param>
/// <param name="Model">"markov" for the Markov model (absent for a regime's progression).</param>
/// <param name="Chords">The chords in order.</param>
public sealed record GeneratedChords(
    string Key,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Regime,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Model,
    IReadOnlyList<GeneratedChord> Chords);

/// <summary>One chord of <see cref="GeneratedChords"/>.</summary>
/// <param name="Degree">The roman numeral in the key (absent for the Markov model).</param>
/// <param name="Symbol">The chord symbol, such as "Am7".</param>
/// <param name="Root">The root's pitch class, 0 (C) to 11.</param>
/// <param name="PitchClasses">The chord's pitch classes, root first.</param>
public sealed record GeneratedChord(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Degree,
    string Symbol,
    int Root,
    IReadOnlyList<int> PitchClasses);
