namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>GET /api/v1/sessions/{id}/samples</c> and <c>…/samples/nearest</c>: samples of the session's library.</summary>
/// <param name="Samples">The samples, by name (nearest first when a request was matched).</param>
public sealed record SampleList(IReadOnlyList<SampleListed> Samples);

/// <summary>A sample of a session's library and what was heard in it.</summary>
/// <param name="Name">The sample's name.</param>
/// <param name="Sha256">The SHA-256 of its WAV, in lower-case hex.</param>
/// <param name="Features">What was heard in it.</param>
/// <param name="Distance">How far it lies from the request matched (null when the library was only listed).</param>
public sealed record SampleListed(string Name, string Sha256, SampleHeard Features, double? Distance);

/// <summary>The features heard in a sample.</summary>
/// <param name="DurationSeconds">Its length.</param>
/// <param name="Rms">Its root-mean-square level.</param>
/// <param name="Peak">Its peak level.</param>
/// <param name="SpectralCentroidHertz">Its spectral centroid.</param>
/// <param name="ZeroCrossingRate">Its zero crossings per sample.</param>
/// <param name="OnsetSeconds">Where its onsets lie.</param>
/// <param name="PitchHertz">Its pitch (null when unpitched).</param>
/// <param name="OnsetsPerSecond">How many onsets a second.</param>
/// <param name="Note">The note its pitch is nearest to (null when unpitched).</param>
public sealed record SampleHeard(
    double DurationSeconds,
    double Rms,
    double Peak,
    double SpectralCentroidHertz,
    double ZeroCrossingRate,
    IReadOnlyList<double> OnsetSeconds,
    double? PitchHertz,
    double OnsetsPerSecond,
    NoteHeard? Note);

/// <summary>A frequency read as a note: the nearest pitch and how many cents off it.</summary>
/// <param name="Hertz">The frequency.</param>
/// <param name="Nearest">The nearest equal-tempered pitch.</param>
/// <param name="Cents">Cents from that pitch.</param>
/// <param name="Name">The nearest pitch's name ("A4").</param>
/// <param name="Midi">The frequency as a fractional MIDI number.</param>
public sealed record NoteHeard(double Hertz, PitchNamed Nearest, double Cents, string Name, double Midi);

/// <summary>An equal-tempered pitch.</summary>
/// <param name="MidiNumber">Its MIDI number.</param>
/// <param name="PitchClass">Its pitch class.</param>
/// <param name="Octave">Its octave (A4 = 440 Hz).</param>
/// <param name="Name">Its name ("A4").</param>
/// <param name="Frequency">Its frequency in hertz.</param>
public sealed record PitchNamed(int MidiNumber, PitchClassNamed PitchClass, int Octave, string Name, double Frequency);

/// <summary>A pitch class.</summary>
/// <param name="Value">Semitones above C (0-11).</param>
/// <param name="Name">Its name with sharps ("F#").</param>
public sealed record PitchClassNamed(int Value, string Name);
