namespace Auralis.Audio.Analysis;

/// <summary>One frame of a pitch track: the time in seconds at the centre of the audio the estimate describes and the estimate there.</summary>
public readonly record struct PitchFrame(double Seconds, PitchEstimate Estimate);
