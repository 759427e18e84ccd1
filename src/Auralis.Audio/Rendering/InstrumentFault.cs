namespace Auralis.Audio.Rendering;

/// <summary>An instrument threw while rendering and was replaced: which channel, what failed, what stands in, and why.</summary>
public sealed record InstrumentFault(int Channel, long Frame, string Failed, string Replacement, Exception Error);
