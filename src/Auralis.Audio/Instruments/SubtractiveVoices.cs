using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Auralis.Audio.Oscillators;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>
/// The voices of a <see cref="SubtractiveSynth"/> as arrays of state, rendered with one voice per vector lane, or by the
/// plain scalar loop that is the reference the vector loop must match bit for bit.
/// </summary>
/// <remarks>
/// The low-pass's feedback makes each voice a chain of dependent operations per sample; running a vector of voices
/// through the chain together does eight voices for the price of one. Each lane does exactly what the scalar loop does
/// for its voice (no fused multiply-adds, the same order of operations), and the lanes are summed into the output in
/// voice order, so the two paths give the same bits. The filter's coefficient g = tan(πf/rate) is set by the synthesizer
/// at the end of every <see cref="ControlFrames"/>-frame chunk (control rate) and ramped linearly to it sample by
/// sample, so the envelope's sweep never steps. The pulse is a square (width 0.5). The file is longer than most because
/// each waveform and the filter are written twice, for a scalar and for a vector, side by side so they cannot drift.
/// </remarks>
internal sealed class SubtractiveVoices
{
    /// <summary>Frames between the synthesizer's updates of each voice's filter cutoff.</summary>
    public const int ControlFrames = 32;

    private static readonly int Lanes = Vector<float>.Count;
    private readonly float[] _lanes;

    public SubtractiveVoices(int voices, int maxFrames)
    {
        Count = (voices + Lanes - 1) / Lanes * Lanes;
        MaxFrames = maxFrames;
        (PhaseA, PhaseB, StepA, StepB) = (new uint[Count], new uint[Count], new uint[Count], new uint[Count]);
        (DtA, DtB, InverseDtA, InverseDtB) = (new float[Count], new float[Count], new float[Count], new float[Count]);
        (TriangleA, TriangleB, Ic1, Ic2, G, Gain) = (new float[Count], new float[Count], new float[Count], new float[Count], new float[Count], new float[Count]);
        Shape = new Waveform[Count];
        Active = new bool[Count];
        GTarget = new float[((maxFrames + ControlFrames - 1) / ControlFrames) * Count];
        Amp = new float[Count * maxFrames];
        _lanes = new float[maxFrames * Lanes];
    }

    /// <summary>The number of voice slots, a whole number of vectors.</summary>
    public int Count { get; }

    public int MaxFrames { get; }

    public uint[] PhaseA { get; }

    public uint[] PhaseB { get; }

    public uint[] StepA { get; }

    public uint[] StepB { get; }

    public float[] DtA { get; }

    public float[] DtB { get; }

    public float[] InverseDtA { get; }

    public float[] InverseDtB { get; }

    public float[] TriangleA { get; }

    public float[] TriangleB { get; }

    public float[] Ic1 { get; }

    public float[] Ic2 { get; }

    /// <summary>Each voice's filter coefficient g where the last block ended.</summary>
    public float[] G { get; }

    /// <summary>Each voice's gain before the filter, for this block.</summary>
    public float[] Gain { get; }

    public Waveform[] Shape { get; }

    /// <summary>The voices to render this block.</summary>
    public bool[] Active { get; }

    /// <summary>The g each voice reaches at the end of each chunk of this block: [chunk × Count + voice].</summary>
    public float[] GTarget { get; }

    /// <summary>Each voice's amplitude envelope for this block: [voice × MaxFrames + frame].</summary>
    public float[] Amp { get; }

    /// <summary>Sets voice <paramref name="voice"/>'s oscillators (their phases run on, so a new note never clicks).</summary>
    public void SetNote(int voice, Waveform shape, double hertzA, double hertzB, double sampleRate)
    {
        Shape[voice] = shape;
        (StepA[voice], StepB[voice]) = (FixedPhase.Step(hertzA, sampleRate), FixedPhase.Step(hertzB, sampleRate));
        (DtA[voice], DtB[voice]) = (FixedPhase.ToCycles(StepA[voice]), FixedPhase.ToCycles(StepB[voice]));
        (InverseDtA[voice], InverseDtB[voice]) = (1f / DtA[voice], 1f / DtB[voice]);
    }

    /// <summary>Clears the filters, the triangles' integrators and the phases.</summary>
    public void Reset()
    {
        Array.Clear(PhaseA);
        Array.Clear(PhaseB);
        Array.Clear(TriangleA);
        Array.Clear(TriangleB);
        Array.Clear(Ic1);
        Array.Clear(Ic2);
    }

    /// <summary>Adds the active voices, filtered and enveloped, to <paramref name="output"/>; k is the filter's damping (1/Q).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(Span<float> output, float k)
    {
        var frames = output.Length;
        if (frames == 0)
        {
            return;
        }

        Span<int> mask = stackalloc int[Lanes];
        for (var first = 0; first < Count; first += Lanes)
        {
            // A vector runs one waveform; voices playing another (after a waveform change) take another pass.
            for (var shape = Waveform.Sine; shape <= Waveform.Triangle; shape++)
            {
                var lanes = 0;
                for (var lane = 0; lane < Lanes; lane++)
                {
                    var on = Active[first + lane] && Shape[first + lane] == shape;
                    mask[lane] = on ? -1 : 0;
                    lanes += on ? 1 : 0;
                }

                if (lanes > 0)
                {
                    var lanesMask = new Vector<int>(mask);
                    switch (shape)
                    {
                        case Waveform.Sine:
                            RenderLanes<SineWave>(first, lanesMask, frames, k);
                            break;
                        case Waveform.Saw:
                            RenderLanes<SawWave>(first, lanesMask, frames, k);
                            break;
                        case Waveform.Pulse:
                            RenderLanes<SquareWave>(first, lanesMask, frames, k);
                            break;
                        default:
                            RenderLanes<TriangleWave>(first, lanesMask, frames, k);
                            break;
                    }
                }
            }

            for (var lane = 0; lane < Lanes; lane++)
            {
                if (!Active[first + lane])
                {
                    continue;
                }

                var amp = Amp.AsSpan((first + lane) * MaxFrames, frames);
                var voice = _lanes.AsSpan(lane, ((frames - 1) * Lanes) + 1);
                for (var i = 0; i < frames; i++)
                {
                    output[i] += voice[i * Lanes] * amp[i];
                }
            }
        }
    }

    /// <summary>The plain scalar loop the vector loop must match: voice by voice, sample by sample.</summary>
    public void RenderScalar(Span<float> output, float k)
    {
        var frames = output.Length;
        for (var voice = 0; voice < Count; voice++)
        {
            if (!Active[voice])
            {
                continue;
            }

            var (phaseA, phaseB, stepA, stepB) = (PhaseA[voice], PhaseB[voice], StepA[voice], StepB[voice]);
            var (dtA, dtB, inverseA, inverseB) = (DtA[voice], DtB[voice], InverseDtA[voice], InverseDtB[voice]);
            var (triangleA, triangleB, ic1, ic2, g, gain) = (TriangleA[voice], TriangleB[voice], Ic1[voice], Ic2[voice], G[voice], Gain[voice]);
            var shape = Shape[voice];
            for (int start = 0, chunk = 0; start < frames; start += ControlFrames, chunk++)
            {
                var n = Math.Min(ControlFrames, frames - start);
                var target = GTarget[(chunk * Count) + voice];
                var step = (target - g) * (1f / n);
                for (var j = 0; j < n; j++)
                {
                    var ramped = g + (step * (j + 1));
                    var a1 = 1f / (1f + (ramped * (ramped + k)));
                    var a2 = ramped * a1;
                    var a3 = ramped * a2;
                    var a = Oscillate(shape, FixedPhase.ToUnit(phaseA), dtA, inverseA, ref triangleA);
                    var b = Oscillate(shape, FixedPhase.ToUnit(phaseB), dtB, inverseB, ref triangleB);
                    var x = (a + b) * gain;
                    var v3 = x - ic2;
                    var v1 = (a1 * ic1) + (a2 * v3);
                    var v2 = ic2 + (a2 * ic1) + (a3 * v3);
                    ic1 = (2f * v1) - ic1;
                    ic2 = (2f * v2) - ic2;
                    output[start + j] += v2 * Amp[(voice * MaxFrames) + start + j];
                    phaseA += stepA;
                    phaseB += stepB;
                }

                g = target;
            }

            (PhaseA[voice], PhaseB[voice], TriangleA[voice], TriangleB[voice]) = (phaseA, phaseB, triangleA, triangleB);
            (Ic1[voice], Ic2[voice], G[voice]) = (Denormals.Flush(ic1), Denormals.Flush(ic2), g);
        }
    }

    // One copy of the loop per waveform (the JIT specializes it for each struct), so no lane carries another shape's
    // state through the loop and the vectors stay in registers.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RenderLanes<TWave>(int first, Vector<int> mask, int frames, float k)
        where TWave : struct, IWave
    {
        var phaseA = new Vector<uint>(PhaseA, first);
        var phaseB = new Vector<uint>(PhaseB, first);
        var stepA = new Vector<uint>(StepA, first);
        var stepB = new Vector<uint>(StepB, first);
        var dtA = new Vector<float>(DtA, first);
        var dtB = new Vector<float>(DtB, first);
        var inverseA = new Vector<float>(InverseDtA, first);
        var inverseB = new Vector<float>(InverseDtB, first);
        var triangleA = new Vector<float>(TriangleA, first);
        var triangleB = new Vector<float>(TriangleB, first);
        var ic1 = new Vector<float>(Ic1, first);
        var ic2 = new Vector<float>(Ic2, first);
        var g = new Vector<float>(G, first);
        var gain = new Vector<float>(Gain, first);
        var damping = new Vector<float>(k);
        var one = Vector<float>.One;
        var two = new Vector<float>(2f);
        var output = MemoryMarshal.Cast<float, Vector<float>>(_lanes.AsSpan(0, frames * Lanes));
        for (int start = 0, chunk = 0; start < frames; start += ControlFrames, chunk++)
        {
            var n = Math.Min(ControlFrames, frames - start);
            var target = new Vector<float>(GTarget, (chunk * Count) + first);
            var step = (target - g) * new Vector<float>(1f / n);
            for (var j = 0; j < n; j++)
            {
                var ramped = g + (step * new Vector<float>(j + 1));
                var a1 = one / (one + (ramped * (ramped + damping)));
                var a2 = ramped * a1;
                var a3 = ramped * a2;
                var a = TWave.Next(FixedPhase.ToUnit(phaseA), dtA, inverseA, ref triangleA);
                var b = TWave.Next(FixedPhase.ToUnit(phaseB), dtB, inverseB, ref triangleB);
                var x = (a + b) * gain;
                var v3 = x - ic2;
                var v1 = (a1 * ic1) + (a2 * v3);
                var v2 = ic2 + (a2 * ic1) + (a3 * v3);
                ic1 = (two * v1) - ic1;
                ic2 = (two * v2) - ic2;
                output[start + j] = Vector.ConditionalSelect(mask, v2, output[start + j]);
                phaseA += stepA;
                phaseB += stepB;
            }

            g = target;
        }

        for (var lane = 0; lane < Lanes; lane++)
        {
            if (mask[lane] == 0)
            {
                continue;
            }

            var voice = first + lane;
            (PhaseA[voice], PhaseB[voice], TriangleA[voice], TriangleB[voice]) = (phaseA[lane], phaseB[lane], triangleA[lane], triangleB[lane]);
            (Ic1[voice], Ic2[voice], G[voice]) = (Denormals.Flush(ic1[lane]), Denormals.Flush(ic2[lane]), g[lane]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Oscillate(Waveform shape, float t, float dt, float inverseDt, ref float triangle) => shape switch
    {
        Waveform.Sine => SineWave.Next(t, dt, inverseDt, ref triangle),
        Waveform.Saw => SawWave.Next(t, dt, inverseDt, ref triangle),
        Waveform.Pulse => SquareWave.Next(t, dt, inverseDt, ref triangle),
        _ => TriangleWave.Next(t, dt, inverseDt, ref triangle),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Square(float t, float inverseDt)
    {
        var value = (t < 0.5f ? 1f : -1f) + Blep(t, inverseDt);
        var shifted = t - 0.5f;
        shifted = shifted < 0f ? shifted + 1f : shifted;
        return value - Blep(shifted, inverseDt);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<float> Square(Vector<float> t, Vector<float> inverseDt)
    {
        var one = Vector<float>.One;
        var half = new Vector<float>(0.5f);
        var value = Vector.ConditionalSelect(Vector.LessThan(t, half), one, -one) + Blep(t, inverseDt);
        var shifted = t - half;
        shifted = Vector.ConditionalSelect(Vector.LessThan(shifted, Vector<float>.Zero), shifted + one, shifted);
        return value - Blep(shifted, inverseDt);
    }

    // The residual of a band-limited unit step (PolyBLEP) for phase t near a discontinuity at 0 (mod 1): within one
    // step after it (t / dt < 1) or before it ((t − 1) / dt > −1), which needs 1/dt and not dt itself.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Blep(float t, float inverseDt)
    {
        var rising = t * inverseDt;
        var falling = (t - 1f) * inverseDt;
        var before = rising + rising - (rising * rising) - 1f;
        var after = (falling * falling) + falling + falling + 1f;
        return rising < 1f ? before : falling > -1f ? after : 0f;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<float> Blep(Vector<float> t, Vector<float> inverseDt)
    {
        var one = Vector<float>.One;
        var rising = t * inverseDt;
        var falling = (t - one) * inverseDt;
        var before = rising + rising - (rising * rising) - one;
        var after = (falling * falling) + falling + falling + one;
        return Vector.ConditionalSelect(Vector.LessThan(rising, one), before, Vector.ConditionalSelect(Vector.GreaterThan(falling, -one), after, Vector<float>.Zero));
    }

    // A waveform, for a scalar and for a vector of lanes: the same operations in the same order.
    private interface IWave
    {
        static abstract float Next(float t, float dt, float inverseDt, ref float triangle);

        static abstract Vector<float> Next(Vector<float> t, Vector<float> dt, Vector<float> inverseDt, ref Vector<float> triangle);
    }

    private readonly struct SineWave : IWave
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Next(float t, float dt, float inverseDt, ref float triangle) => SinePolynomial.Sin(t);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<float> Next(Vector<float> t, Vector<float> dt, Vector<float> inverseDt, ref Vector<float> triangle) => SinePolynomial.Sin(t);
    }

    private readonly struct SawWave : IWave
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Next(float t, float dt, float inverseDt, ref float triangle) => (2f * t) - 1f - Blep(t, inverseDt);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<float> Next(Vector<float> t, Vector<float> dt, Vector<float> inverseDt, ref Vector<float> triangle) =>
            (new Vector<float>(2f) * t) - Vector<float>.One - Blep(t, inverseDt);
    }

    private readonly struct SquareWave : IWave
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Next(float t, float dt, float inverseDt, ref float triangle) => Square(t, inverseDt);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<float> Next(Vector<float> t, Vector<float> dt, Vector<float> inverseDt, ref Vector<float> triangle) => Square(t, inverseDt);
    }

    // Leaky integration of the band-limited square; the gain keeps the triangle's peak near 1 at any pitch.
    private readonly struct TriangleWave : IWave
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Next(float t, float dt, float inverseDt, ref float triangle) =>
            triangle = (dt * 4f * Square(t, inverseDt)) + ((1f - (dt * 0.25f)) * triangle);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<float> Next(Vector<float> t, Vector<float> dt, Vector<float> inverseDt, ref Vector<float> triangle) =>
            triangle = (dt * new Vector<float>(4f) * Square(t, inverseDt)) + ((Vector<float>.One - (dt * new Vector<float>(0.25f))) * triangle);
    }
}
