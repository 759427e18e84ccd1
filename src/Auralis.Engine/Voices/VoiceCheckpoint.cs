using System.Text.Json.Serialization;
using Auralis.Music.Melody;
using Auralis.Music.Motifs;
using Auralis.Music.Percussion;
using Auralis.Music.Randomness;
using Auralis.Music.VoiceLeading;

namespace Auralis.Engine.Voices;

/// <summary>What a voice remembers between steps, as the composer's checkpoint holds it; each voice has its own shape.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "voice")]
[JsonDerivedType(typeof(SopranoCheckpoint), "soprano")]
[JsonDerivedType(typeof(AltoCheckpoint), "alto")]
[JsonDerivedType(typeof(BassCheckpoint), "bass")]
[JsonDerivedType(typeof(PercussionCheckpoint), "perc")]
public abstract record VoiceCheckpoint;

/// <summary>The melody's checkpoint: its themes and line, the motif it develops and where a statement of it ends.</summary>
/// <param name="Melody">The theme melody.</param>
/// <param name="MotifRandom">The position of the motif stream.</param>
/// <param name="Motif">The imported motif it states (null when none).</param>
/// <param name="StatementEnd">The tick where the statement under way ends.</param>
public sealed record SopranoCheckpoint(ThemeMelodyCheckpoint Melody, GeneratorState MotifRandom, Motif? Motif, long StatementEnd) : VoiceCheckpoint;

/// <summary>The accompaniment's checkpoint.</summary>
/// <param name="Accompaniment">The accompaniment.</param>
public sealed record AltoCheckpoint(AccompanimentCheckpoint Accompaniment) : VoiceCheckpoint;

/// <summary>The bass's checkpoint: it remembers nothing (the conductor lays its line).</summary>
public sealed record BassCheckpoint : VoiceCheckpoint;

/// <summary>The drums' checkpoint: their stream and the bar of hits planned.</summary>
/// <param name="Random">The position of the drums' stream.</param>
/// <param name="Bar">The hits planned for the current bar.</param>
public sealed record PercussionCheckpoint(GeneratorState Random, IReadOnlyList<DrumHit> Bar) : VoiceCheckpoint;
