namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>POST /api/v1/pitch/analyze</c> and <c>GET /api/v1/sessions/{id}/intonation</c>: the audio's length and each note heard.</summary>
/// <param name="Seconds">The analysed audio's length in seconds.</param>
/// <param name="Notes">The notes heard, in time order.</param>
public sealed record PitchReport(double Seconds, IReadOnlyList<HeardNote> Notes);

/// <summary>One note of <see cref="PitchReport"/>.</summary>
/// <param name="StartSeconds">Where it starts.</param>
/// <param name="EndSeconds">Where it ends.</param>
/// <param name="Note">The nearest note's name, such as A4.</param>
/// <param name="Hertz">The measured fundamental.</param>
/// <param name="Cents">How far it is from that note, in cents.</param>
/// <param name="Suggestion">The key's nearest tone, to correct it to.</param>
/// <param name="CorrectionCents">The shift in cents that would put it on that note.</param>
/// <param name="InTune">Whether it is close enough not to need one.</param>
public sealed record HeardNote(double StartSeconds, double EndSeconds, string Note, double Hertz, double Cents, string Suggestion, double CorrectionCents,
    bool InTune);
