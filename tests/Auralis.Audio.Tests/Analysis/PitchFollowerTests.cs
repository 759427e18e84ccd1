using Auralis.Audio.Analysis;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Analysis;

public sealed class PitchFollowerTests
{
    [Theory]
    [InlineData(44_100)]
    [InlineData(48_000)]
    public void Following_blocks_of_any_size_gives_exactly_the_pitch_track_of_the_whole_recording(int sampleRate)
    {
        var audio = Signals.WithNoise(Signals.Vibrato(196, sampleRate, 0.6), 20, new SeededRandom(4));
        var follower = new PitchFollower(sampleRate);
        var random = new SeededRandom(8);
        var heard = new List<PitchFrame>();
        var estimates = new PitchFrame[follower.MaxEstimatesFor(2_000)];
        for (var start = 0; start < audio.Length;)
        {
            var length = Math.Min(audio.Length - start, random.NextInt(1, 2_000));
            var count = follower.Process(audio.AsSpan(start, length), estimates);
            heard.AddRange(estimates.Take(count));
            start += length;
        }

        Assert.Equal(PitchTrack.Of(audio, sampleRate).Frames, heard);
    }

    [Fact]
    public void Following_128_frame_blocks_allocates_nothing_in_steady_state()
    {
        var follower = new PitchFollower(48_000);
        var audio = Signals.Harmonic(330, 48_000, 0.5);
        var estimates = new PitchFrame[follower.MaxEstimatesFor(128)];
        var voiced = 0;
        void Blocks()
        {
            for (var start = 0; start + 128 <= audio.Length; start += 128)
            {
                var count = follower.Process(audio.AsSpan(start, 128), estimates);
                for (var i = 0; i < count; i++)
                {
                    voiced += estimates[i].Estimate.IsVoiced ? 1 : 0;
                }
            }
        }

        SteadyState.WarmUp(Blocks);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 10; round++)
        {
            Blocks();
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.True(voiced > 100);
    }

    [Fact]
    public void Reset_starts_the_clock_again()
    {
        var follower = new PitchFollower(48_000);
        var audio = Signals.Sine(440, 48_000, 0.1);
        var first = new PitchFrame[follower.MaxEstimatesFor(audio.Length)];
        var second = new PitchFrame[first.Length];

        var count = follower.Process(audio, first);
        follower.Reset();
        follower.Process(audio, second);

        Assert.True(count > 0);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Too_little_room_for_the_estimates_is_refused()
    {
        var follower = new PitchFollower(48_000);

        Assert.Throws<ArgumentException>(() => follower.Process(new float[4_800], new PitchFrame[2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PitchFollower(48_000, hopSeconds: 0));
    }
}
