namespace Auralis.Benchmarks.Music;

/// <summary>How much each pitched voice's velocity varies: the standard deviation of its notes' velocities.</summary>
internal sealed record DynamicsFigures(double Soprano, double Alto, double Bass)
{
    /// <summary>The flattest of the three voices.</summary>
    public double Minimum => Math.Min(Soprano, Math.Min(Alto, Bass));

    public static DynamicsFigures Of(MusicTrack track) =>
        new(Spread(track, MusicTrack.Soprano), Spread(track, MusicTrack.Alto), Spread(track, MusicTrack.Bass));

    private static double Spread(MusicTrack track, string voice) =>
        Statistics.StandardDeviation(track.NotesOf(voice).Select(n => (double)n.Velocity).ToArray());
}
