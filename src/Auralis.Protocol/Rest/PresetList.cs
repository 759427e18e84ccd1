namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>GET /api/v1/sessions/{id}/presets</c>: the session's presets, by name.</summary>
/// <param name="Presets">Each preset, by its name.</param>
public sealed record PresetList(IReadOnlyDictionary<string, PresetSaved> Presets);

/// <summary>A saved preset: session parameters and instrument parameters.</summary>
/// <param name="Values">The session parameters it sets, by name.</param>
/// <param name="Plugins">The instrument parameters it sets (normalized), by <c>voice/instrument/parameter</c>.</param>
public sealed record PresetSaved(IReadOnlyDictionary<string, PresetValue> Values, IReadOnlyDictionary<string, double> Plugins);

/// <summary>A parameter's value in a preset: a number or a text.</summary>
/// <param name="Number">The number (null for a text).</param>
/// <param name="Text">The text (null for a number).</param>
public sealed record PresetValue(double? Number, string? Text);
