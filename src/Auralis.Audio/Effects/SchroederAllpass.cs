using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Auralis.Audio.Effects;

/// <summary>One of Freeverb's Schroeder allpasses: a delay line fed the signal plus half its own output.</summary>
internal sealed class SchroederAllpass(int length, int reach)
{
    private const float Feedback = 0.5f;

    public ReverbLine Line { get; } = new(length, reach);

    /// <summary>The plain per-sample loop: the reference for <see cref="ProcessBlock"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Process(Span<float> signal)
    {
        var (buffer, length) = (Line.Samples, Line.Length);
        var index = Line.Index;
        for (var i = 0; i < signal.Length; i++)
        {
            var input = signal[i];
            var delayed = buffer[index];
            buffer[index] = input + (delayed * Feedback);
            index = index + 1 == length ? 0 : index + 1;
            signal[i] = delayed - input;
        }

        Line.Index = index;
    }

    /// <summary>
    /// The same, a vector at a time, for a stretch no longer than the line's reach: nothing read in it was written in it,
    /// so the line's stretch is read and overwritten in place.
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
