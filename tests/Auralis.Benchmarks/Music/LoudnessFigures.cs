namespace Auralis.Benchmarks.Music;

/// <summary>What the loudness meter read over a session's metered audio: integrated loudness, loudness range and true peak.</summary>
internal sealed record LoudnessFigures(double IntegratedLufs, double RangeLu, double TruePeakDbtp);
