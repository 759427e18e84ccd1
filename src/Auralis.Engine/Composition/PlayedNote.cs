using Auralis.Music.Theory;

namespace Auralis.Engine.Composition;

/// <summary>A note a voice plays, placed on both timelines: its tick and duration in ticks, its first frame and length in frames.</summary>
public sealed record PlayedNote(string Voice, int Channel, Note Note, long Frame, int DurationFrames);
