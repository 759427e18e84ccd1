namespace Auralis.Music.Randomness;

/// <content>Restoring a generator in place, for the composer's checkpoint: the owner keeps its instance, the stream moves.</content>
public sealed partial class SeededRandom
{
    /// <summary>Moves the generator to <paramref name="state"/> (as read from <see cref="State"/>): it continues exactly from there.</summary>
    public void Restore(GeneratorState state)
    {
        if ((state.S0 | state.S1 | state.S2 | state.S3) == 0)
        {
            throw new ArgumentException("The xoshiro256** state must not be all zeros.", nameof(state));
        }

        (_s0, _s1, _s2, _s3) = (state.S0, state.S1, state.S2, state.S3);
    }
}
