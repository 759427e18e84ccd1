namespace Auralis.Engine.Composition;

/// <summary>A voice's instrument is replaced from a step on; the synthesis side builds and prepares the instrument named.</summary>
public sealed record InstrumentChange(long Frame, int Channel, string Instrument);
