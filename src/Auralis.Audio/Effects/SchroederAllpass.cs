using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Auralis.Audio.Effects;

/// <summary>One of Freeverb's Schroeder allpasses: a delay line fed the signal plus half its own output.</summary>
internal sealed class SchroederAllpass(int length, int reach)
{
    private const float Feedback = 0.5f;

    public ReverbLine Line { get; } = new(length, reach);

    /// <summary>
    /// Per frame, out = delayed − in and the line takes in + delayed × ½; a vector at a time, for a stretch no longer than
    /// the line's reach: nothing read in it was written in it, so the line's stretch is read and overwritten in place.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ProcessBlock(Span<float> signal)
    {
        var line = Line.Next(signal.Length);
        var i = 0;
        if (Vector.IsHardwareAccelerated && signal.Length >= Vector<float>.Count)
        {
            var signals = MemoryMarshal.Cast<float, Vector<float>>(signal);
            var lines = MemoryMarshal.Cast<float, Vector<float>>(line);
            var feedback = new Vector<float>(Feedback);
            for (var v = 0; v < signals.Length; v++)
            {
                var (input, delayed) = (signals[v], lines[v]);
                lines[v] = input + (delayed * feedback);
                signals[v] = delayed - input;
            }

            i = signals.Length * Vector<float>.Count;
        }

        for (; i < signal.Length; i++)
        {
            var (input, delayed) = (signal[i], line[i]);
            line[i] = input + (delayed * Feedback);
            signal[i] = delayed - input;
        }

        Line.Advance(signal.Length);
    }

    public void Clear() => Line.Clear();
}
