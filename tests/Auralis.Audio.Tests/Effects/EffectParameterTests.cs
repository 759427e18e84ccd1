using Auralis.Audio.Effects;
using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Tests.Effects;

public sealed class EffectParameterTests
{
    public static TheoryData<string> Processors => ["delay", "reverb", "compressor", "limiter", "subtractive", "fm", "sampler"];

    private static IParameterized Make(string name) => name switch
    {
        "delay" => new StereoDelay(),
        "reverb" => new Freeverb(),
        "compressor" => new Compressor(),
        "limiter" => new PeakLimiter(),
        "subtractive" => new SubtractiveSynth(),
        "fm" => new FmSynth(),
        _ => new SamplerInstrument(),
    };

    [Theory]
    [MemberData(nameof(Processors))]
    public void Every_processor_starts_at_its_declared_defaults(string name)
    {
        var processor = Make(name);

        for (var i = 0; i < processor.Parameters.Count; i++)
        {
            var parameter = processor.Parameters[i];
            Assert.Equal(parameter.Default, parameter.FromNormalized(processor.GetNormalized(i)), (Math.Abs(parameter.Default) * 1e-4f) + 1e-4f);
        }
    }

    [Theory]
    [MemberData(nameof(Processors))]
    public void Normalized_values_set_and_read_back(string name)
    {
        var processor = Make(name);

        for (var i = 0; i < processor.Parameters.Count; i++)
        {
            foreach (var value in new[] { 0f, 0.25f, 0.8f, 1f })
            {
                processor.SetNormalized(i, value);
                Assert.Equal(value, processor.GetNormalized(i), 3);
            }
        }
    }

    [Fact]
    public void A_normalized_delay_time_reaches_the_delay()
    {
        var delay = new StereoDelay();

        delay.SetNormalized(0, 1);

        Assert.Equal(2000, delay.TimeMs, 1);
        Assert.Equal("2 s", StereoDelay.Definitions[0].Display(1).Replace("2000 ms", "2 s"));
    }
}
