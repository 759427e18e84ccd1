using System.Text.Json.Serialization;

namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>GET /api/v1/generate/chords</c>: a regime's progression, or a Markov chain's chords.</summary>
/// <remarks>Written as <c>{"key", "regime" or "model", "chords"}</c>: the orders put the optional fields before the chords.</remarks>
/// <param name="Key">The key, such as "C major".</param>
/// <param name="Chords">The chords in order.</param>
/// <param name="Regime">The regime whose progression it is (absent for the Markov model).</param>
/// <param name="Model">"markov" for the Markov model (absent for a regime's progression).</param>
public sealed record GeneratedChords(
    [property: JsonPropertyOrder(-2)] string Key,
    IReadOnlyList<GeneratedChord> Chords,
    [property: JsonPropertyOrder(-1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Regime = null,
    [property: JsonPropertyOrder(-1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Model = null);

/// <summary>One chord of <see cref="GeneratedChords"/>.</summary>
/// <remarks>Written as <c>{"degree", "symbol", "root", "pitchClasses"}</c>, the degree first when there is one.</remarks>
/// <param name="Symbol">The chord symbol, such as "Am7".</param>
/// <param name="Root">The root's pitch class, 0 (C) to 11.</param>
/// <param name="PitchClasses">The chord's pitch classes, root first.</param>
/// <param name="Degree">The roman numeral in the key (absent for the Markov model).</param>
public sealed record GeneratedChord(
    string Symbol,
    int Root,
    IReadOnlyList<int> PitchClasses,
    [property: JsonPropertyOrder(-1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Degree = null);
