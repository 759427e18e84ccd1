namespace Auralis.Audio.Analysis;

/// <summary>One frame of a pitch track: the time of the frame's centre in seconds and the estimate there.</summary>
public readonly record struct PitchFrame(double Seconds, PitchEstimate Estimate);
