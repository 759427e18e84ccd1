namespace Auralis.Engine.Composition;

/// <summary>A SoundFont preset by its General MIDI bank (128: the drum kits) and program.</summary>
public sealed record SoundFontPatch(int Bank, int Program);
