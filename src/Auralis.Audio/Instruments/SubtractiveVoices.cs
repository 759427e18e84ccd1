using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Auralis.Audio.Oscillators;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>
/// The voices of a <see cref="SubtractiveSynth"/> as arrays of state, rendered with one voice per vector lane, or (where
/// the hardware does not accelerate vectors) by the plain scalar loop, which the vector loop matches bit for bit.
/// </summary>
/// <remarks>
/// The low-pass's feedback makes each voice a chain of dependent operations per sample; running a vector of voices
/// through the chain together does eight voices for the price of one. Each lane does exactly what the scalar loop does
/// for its voice (no fused multiply-adds, the same order of operations), the amplitude envelopes are moved into lanes
/// too (<see cref="Tiles"/>) so each lane leaves its enveloped sample, and the lanes are moved back into rows and summed
/// into the output in voice order, so the two paths give the same bits. The oscillators work from the phase's whole
/// 2⁻²⁴-cycle steps (<see cref="FixedPhase.ToSteps(uint)"/>), which scale to the saw and to the PolyBLEP's distance
/// from the edge with one multiply each. The filter's coefficient g = tan(πf/rate) is set by the synthesizer
/// at the end of every <see cref="ControlFrames"/>-frame chunk (control rate) and ramped linearly to it sample by
/// sample, so the envelope's sweep never steps. The pulse is a square (width 0.5). The file is longer than most because
/// each waveform and the filter are written twice, for a scalar and for a vector, side by side so they cannot drift.
/// </remarks>
internal sealed class SubtractiveVoices
{
    /// <summary>Frames between the synthesizer's updates of each voice's filter cutoff.</summary>
    public const int ControlFrames = 32;

    private const uint HalfCycle = 1u << 31;
    private static readonly int Lanes = Vector<float>.Count;
    private readonly float[] _lanes;
    private readonly float[] _ampLanes;
    // The second group's lanes and envelopes when two groups run in one loop.
    private readonly float[] _pairLanes;
    private readonly float[] _pairAmpLanes;

    public SubtractiveVoices(int voices, int maxFrames)
    {
        Count = (voices + Lanes - 1) / Lanes * Lanes;
        MaxFrames = maxFrames;
        (PhaseA, PhaseB, StepA, StepB) = (new uint[Count], new uint[Count], new uint[Count], new uint[Count]);
        (DtA, DtB, BlepScaleA, BlepScaleB) = (new float[Count], new float[Count], new float[Count], new float[Count]);
        (TriangleA, TriangleB, Ic1, Ic2, G, Gain) = (new float[Count], new float[Count], new float[Count], new float[Count], new float[Count], new float[Count]);
        Shape = new Waveform[Count];
        Active = new bool[Count];
        GTarget = new float[((maxFrames + ControlFrames - 1) / ControlFrames) * Count];
        Amp = new float[Count * maxFrames];
        (AmpHeld, AmpLevel) = (new bool[Count], new float[Count]);
        (_lanes, _ampLanes) = (new float[maxFrames * Lanes], new float[maxFrames * Lanes]);
        (_pairLanes, _pairAmpLanes) = (new float[maxFrames * Lanes], new float[maxFrames * Lanes]);
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

    /// <summary>1 / (dt × 2²⁴): a phase in 2⁻²⁴ cycles (<see cref="FixedPhase.ToSteps(uint)"/>) times this is the phase in steps of dt.</summary>
    public float[] BlepScaleA { get; }

    public float[] BlepScaleB { get; }

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

    /// <summary>Voices whose amplitude envelope holds one level (<see cref="AmpLevel"/>) for the whole block; their row of <see cref="Amp"/> is not filled.</summary>
    public bool[] AmpHeld { get; }

    /// <summary>The level of each voice whose envelope is held.</summary>
    public float[] AmpLevel { get; }

    /// <summary>Sets voice <paramref name="voice"/>'s oscillators (their phases run on, so a new note never clicks).</summary>
    public void SetNote(int voice, Waveform shape, double hertzA, double hertzB, double sampleRate)
    {
        Shape[voice] = shape;
        (StepA[voice], StepB[voice]) = (FixedPhase.Step(hertzA, sampleRate), FixedPhase.Step(hertzB, sampleRate));
        (DtA[voice], DtB[voice]) = (FixedPhase.ToCycles(StepA[voice]), FixedPhase.ToCycles(StepB[voice]));
        (BlepScaleA[voice], BlepScaleB[voice]) = (1f / DtA[voice] * FixedPhase.Unit, 1f / DtB[voice] * FixedPhase.Unit);
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
        var lanes = _lanes.AsSpan(0, frames * Lanes);
        for (var first = 0; first < Count; first += Lanes)
        {
            if (!AnyActive(first))
            {
                continue;
            }

            // Lanes no voice writes this block add +0 to the output, which leaves it as it is (a sum that starts at +0
            // is never −0), so all eight rows can be summed in one pass.
            lanes.Clear();
            AmpToLanes(first, frames, _ampLanes);
            var second = first + Lanes;
            while (second < Count && !AnyActive(second))
            {
                second += Lanes;
            }

            // Two groups of one waveform run in one loop: each filter's feedback chain, not the arithmetic, sets a
            // group's pace, and two independent chains overlap. The second group's lanes are added after the first's,
            // as two passes would add them.
            if (second < Count && SingleShape(first) is { } shapeFirst && SingleShape(second) == shapeFirst)
            {
                _pairLanes.AsSpan(0, frames * Lanes).Clear();
                AmpToLanes(second, frames, _pairAmpLanes);
                var (maskFirst, maskSecond) = (ActiveMask(first, mask), ActiveMask(second, mask));
                switch (shapeFirst)
                {
                    case Waveform.Sine:
                        RenderLanePair<SineWave>(first, maskFirst, second, maskSecond, frames, k);
                        break;
                    case Waveform.Saw:
                        RenderLanePair<SawWave>(first, maskFirst, second, maskSecond, frames, k);
                        break;
                    case Waveform.Pulse:
                        RenderLanePair<SquareWave>(first, maskFirst, second, maskSecond, frames, k);
                        break;
                    default:
                        RenderLanePair<TriangleWave>(first, maskFirst, second, maskSecond, frames, k);
                        break;
                }

                AddLanes(output, _lanes);
                AddLanes(output, _pairLanes);
                first = second;
                continue;
            }

            // A vector runs one waveform; voices playing another (after a waveform change) take another pass.
            for (var shape = Waveform.Sine; shape <= Waveform.Triangle; shape++)
            {
                var count = 0;
                for (var lane = 0; lane < Lanes; lane++)
                {
                    var on = Active[first + lane] && Shape[first + lane] == shape;
                    mask[lane] = on ? -1 : 0;
                    count += on ? 1 : 0;
                }

                if (count > 0)
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

            AddLanes(output, _lanes);
        }
    }

    private bool AnyActive(int first)
    {
        var any = false;
        for (var lane = 0; lane < Lanes; lane++)
        {
            any |= Active[first + lane];
        }

        return any;
    }

    // The one waveform the group's active voices play, or null when they play several.
    private Waveform? SingleShape(int first)
    {
        Waveform? shape = null;
        for (var lane = 0; lane < Lanes; lane++)
        {
            if (Active[first + lane])
            {
                if (shape is { } seen && seen != Shape[first + lane])
                {
                    return null;
                }

                shape = Shape[first + lane];
            }
        }

        return shape;
    }

    // -1 in the lanes of the group's active voices, 0 in the others; mask is scratch of Lanes ints.
    private Vector<int> ActiveMask(int first, Span<int> mask)
    {
        for (var lane = 0; lane < Lanes; lane++)
        {
            mask[lane] = Active[first + lane] ? -1 : 0;
        }

        return new Vector<int>(mask);
    }

    // The group's amplitude envelopes, one voice per lane: frame i of voice first + lane at i × Lanes + lane.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AmpToLanes(int first, int frames, float[] ampLanes)
    {
        var amp = Amp.AsSpan(first * MaxFrames, Lanes * MaxFrames);
        Span<float> levels = stackalloc float[Lanes];
        var allHeld = true;
        for (var lane = 0; lane < Lanes; lane++)
        {
            var voice = first + lane;
            levels[lane] = Active[voice] && AmpHeld[voice] ? AmpLevel[voice] : 0f;
            allHeld &= !Active[voice] || AmpHeld[voice];
        }

        if (allHeld)
        {
            // Every sounding voice holds its level: each frame's lanes are the same levels.
            MemoryMarshal.Cast<float, Vector<float>>(ampLanes.AsSpan(0, frames * Lanes)).Fill(new Vector<float>(levels));
            return;
        }

        for (var lane = 0; lane < Lanes; lane++)
        {
            if (Active[first + lane] && AmpHeld[first + lane])
            {
                amp.Slice(lane * MaxFrames, frames).Fill(AmpLevel[first + lane]);
            }
        }

        if (Lanes == Tiles.Rows && Tiles.IsAccelerated)
        {
            Tiles.ToLanes(
                amp[..frames], amp.Slice(MaxFrames, frames), amp.Slice(2 * MaxFrames, frames), amp.Slice(3 * MaxFrames, frames),
                amp.Slice(4 * MaxFrames, frames), amp.Slice(5 * MaxFrames, frames), amp.Slice(6 * MaxFrames, frames), amp.Slice(7 * MaxFrames, frames),
                ampLanes, frames);
            return;
        }

        for (var lane = 0; lane < Lanes; lane++)
        {
            for (var i = 0; i < frames; i++)
            {
                ampLanes[(i * Lanes) + lane] = amp[(lane * MaxFrames) + i];
            }
        }
    }

    // output[i] += each lane's frame i, lane by lane (voice order, as the scalar loop adds them).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddLanes(Span<float> output, float[] laneValues)
    {
        var frames = output.Length;
        if (Lanes != Tiles.Rows || !Tiles.IsAccelerated)
        {
            for (var i = 0; i < frames; i++)
            {
                var sum = output[i];
                for (var lane = 0; lane < Lanes; lane++)
                {
                    sum += laneValues[(i * Lanes) + lane];
                }

                output[i] = sum;
            }

            return;
        }

        Tiles.AddLanes(laneValues.AsSpan(0, frames * Lanes), output);
    }

    /// <summary>Voice by voice, sample by sample: the path without vector hardware, and the loop the lanes are held to.</summary>
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
            var (dtA, dtB, scaleA, scaleB) = (DtA[voice], DtB[voice], BlepScaleA[voice], BlepScaleB[voice]);
            var (triangleA, triangleB, ic1, ic2, g, gain) = (TriangleA[voice], TriangleB[voice], Ic1[voice], Ic2[voice], G[voice], Gain[voice]);
            var shape = Shape[voice];
            for (int start = 0, chunk = 0; start < frames; start += ControlFrames, chunk++)
            {
                var n = Math.Min(ControlFrames, frames - start);
                var target = GTarget[(chunk * Count) + voice];
                var step = (target - g) * (1f / n);
                for (var j = 0; j < n; j++)
                {
                    var ramped = g + (step * (j + 1f));
                    var a1 = 1f / (1f + (ramped * (ramped + k)));
                    var a2 = ramped * a1;
                    var a3 = ramped * a2;
                    var a = Oscillate(shape, phaseA, dtA, scaleA, ref triangleA);
                    var b = Oscillate(shape, phaseB, dtB, scaleB, ref triangleB);
                    var x = (a + b) * gain;
                    var v3 = x - ic2;
                    var v1 = (a1 * ic1) + (a2 * v3);
                    var v2 = ic2 + (a2 * ic1) + (a3 * v3);
                    ic1 = (2f * v1) - ic1;
                    ic2 = (2f * v2) - ic2;
                    output[start + j] += v2 * (AmpHeld[voice] ? AmpLevel[voice] : Amp[(voice * MaxFrames) + start + j]);
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
        var scaleA = new Vector<float>(BlepScaleA, first);
        var scaleB = new Vector<float>(BlepScaleB, first);
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
        var amps = MemoryMarshal.Cast<float, Vector<float>>(_ampLanes.AsSpan(0, frames * Lanes));
        for (int start = 0, chunk = 0; start < frames; start += ControlFrames, chunk++)
        {
            var n = Math.Min(ControlFrames, frames - start);
            var target = new Vector<float>(GTarget, (chunk * Count) + first);
            var step = (target - g) * new Vector<float>(1f / n);
            var count = one;
            for (var j = 0; j < n; j++)
            {
                // count = j + 1, exactly (whole numbers this small add without rounding).
                var ramped = g + (step * count);
                count += one;
                var a1 = one / (one + (ramped * (ramped + damping)));
                var a2 = ramped * a1;
                var a3 = ramped * a2;
                var a = TWave.Next(phaseA, dtA, scaleA, ref triangleA);
                var b = TWave.Next(phaseB, dtB, scaleB, ref triangleB);
                var x = (a + b) * gain;
                var v3 = x - ic2;
                var v1 = (a1 * ic1) + (a2 * v3);
                var v2 = ic2 + (a2 * ic1) + (a3 * v3);
                ic1 = (two * v1) - ic1;
                ic2 = (two * v2) - ic2;
                output[start + j] = Vector.ConditionalSelect(mask, v2 * amps[start + j], output[start + j]);
                phaseA += stepA;
                phaseB += stepB;
            }

            g = target;
        }

        StoreLanes(first, mask, phaseA, phaseB, triangleA, triangleB, ic1, ic2, g);
    }

    // RenderLanes on two groups at once, the first into the lanes and the second into the pair's: the same operations on
    // each lane in the same order, two feedback chains side by side.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RenderLanePair<TWave>(int first, Vector<int> firstMask, int second, Vector<int> secondMask, int frames, float k)
        where TWave : struct, IWave
    {
        var (phaseA, phaseB, stepA, stepB) = (new Vector<uint>(PhaseA, first), new Vector<uint>(PhaseB, first), new Vector<uint>(StepA, first), new Vector<uint>(StepB, first));
        var (dtA, dtB, scaleA, scaleB) = (new Vector<float>(DtA, first), new Vector<float>(DtB, first), new Vector<float>(BlepScaleA, first), new Vector<float>(BlepScaleB, first));
        var (triangleA, triangleB, ic1, ic2) = (new Vector<float>(TriangleA, first), new Vector<float>(TriangleB, first), new Vector<float>(Ic1, first), new Vector<float>(Ic2, first));
        var (g, gain) = (new Vector<float>(G, first), new Vector<float>(Gain, first));
        var (phaseA2, phaseB2, stepA2, stepB2) = (new Vector<uint>(PhaseA, second), new Vector<uint>(PhaseB, second), new Vector<uint>(StepA, second), new Vector<uint>(StepB, second));
        var (dtA2, dtB2, scaleA2, scaleB2) = (new Vector<float>(DtA, second), new Vector<float>(DtB, second), new Vector<float>(BlepScaleA, second), new Vector<float>(BlepScaleB, second));
        var (triangleA2, triangleB2, ic12, ic22) = (new Vector<float>(TriangleA, second), new Vector<float>(TriangleB, second), new Vector<float>(Ic1, second), new Vector<float>(Ic2, second));
        var (g2, gain2) = (new Vector<float>(G, second), new Vector<float>(Gain, second));
        var damping = new Vector<float>(k);
        var one = Vector<float>.One;
        var two = new Vector<float>(2f);
        var output = MemoryMarshal.Cast<float, Vector<float>>(_lanes.AsSpan(0, frames * Lanes));
        var amps = MemoryMarshal.Cast<float, Vector<float>>(_ampLanes.AsSpan(0, frames * Lanes));
        var output2 = MemoryMarshal.Cast<float, Vector<float>>(_pairLanes.AsSpan(0, frames * Lanes));
        var amps2 = MemoryMarshal.Cast<float, Vector<float>>(_pairAmpLanes.AsSpan(0, frames * Lanes));
        for (int start = 0, chunk = 0; start < frames; start += ControlFrames, chunk++)
        {
            var n = Math.Min(ControlFrames, frames - start);
            var (target, target2) = (new Vector<float>(GTarget, (chunk * Count) + first), new Vector<float>(GTarget, (chunk * Count) + second));
            var (step, step2) = ((target - g) * new Vector<float>(1f / n), (target2 - g2) * new Vector<float>(1f / n));
            var count = one;
            for (var j = 0; j < n; j++)
            {
                var ramped = g + (step * count);
                var ramped2 = g2 + (step2 * count);
                count += one;
                var a1 = one / (one + (ramped * (ramped + damping)));
                var a12 = one / (one + (ramped2 * (ramped2 + damping)));
                var (a2, a22) = (ramped * a1, ramped2 * a12);
                var (a3, a32) = (ramped * a2, ramped2 * a22);
                var x = (TWave.Next(phaseA, dtA, scaleA, ref triangleA) + TWave.Next(phaseB, dtB, scaleB, ref triangleB)) * gain;
                var x2 = (TWave.Next(phaseA2, dtA2, scaleA2, ref triangleA2) + TWave.Next(phaseB2, dtB2, scaleB2, ref triangleB2)) * gain2;
                var (v3, v32) = (x - ic2, x2 - ic22);
                var v1 = (a1 * ic1) + (a2 * v3);
                var v12 = (a12 * ic12) + (a22 * v32);
                var v2 = ic2 + (a2 * ic1) + (a3 * v3);
                var v22 = ic22 + (a22 * ic12) + (a32 * v32);
                (ic1, ic12) = ((two * v1) - ic1, (two * v12) - ic12);
                (ic2, ic22) = ((two * v2) - ic2, (two * v22) - ic22);
                output[start + j] = Vector.ConditionalSelect(firstMask, v2 * amps[start + j], output[start + j]);
                output2[start + j] = Vector.ConditionalSelect(secondMask, v22 * amps2[start + j], output2[start + j]);
                (phaseA, phaseB, phaseA2, phaseB2) = (phaseA + stepA, phaseB + stepB, phaseA2 + stepA2, phaseB2 + stepB2);
            }

            (g, g2) = (target, target2);
        }

        StoreLanes(first, firstMask, phaseA, phaseB, triangleA, triangleB, ic1, ic2, g);
        StoreLanes(second, secondMask, phaseA2, phaseB2, triangleA2, triangleB2, ic12, ic22, g2);
    }

    // Writes the state of the group's masked lanes back to their voices, the filters' states flushed of denormals.
    private void StoreLanes(int first, Vector<int> mask, Vector<uint> phaseA, Vector<uint> phaseB, Vector<float> triangleA, Vector<float> triangleB,
        Vector<float> ic1, Vector<float> ic2, Vector<float> g)
    {
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
    private static float Oscillate(Waveform shape, uint phase, float dt, float scale, ref float triangle) => shape switch
    {
        Waveform.Sine => SineWave.Next(phase, dt, scale, ref triangle),
        Waveform.Saw => SawWave.Next(phase, dt, scale, ref triangle),
        Waveform.Pulse => SquareWave.Next(phase, dt, scale, ref triangle),
        _ => TriangleWave.Next(phase, dt, scale, ref triangle),
    };

    // The square's second edge is half a cycle on: its phase is the phase plus half a cycle, wrapping exactly.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Square(uint phase, float scale) =>
        ((int)phase >= 0 ? 1f : -1f) + Blep(FixedPhase.ToSteps(phase), scale) - Blep(FixedPhase.ToSteps(phase + HalfCycle), scale);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<float> Square(Vector<uint> phase, Vector<float> scale)
    {
        var high = Vector.GreaterThanOrEqual(Vector.AsVectorInt32(phase), Vector<int>.Zero);
        var value = Vector.ConditionalSelect(high, Vector<float>.One, -Vector<float>.One);
        return value + Blep(FixedPhase.ToSteps(phase), scale) - Blep(FixedPhase.ToSteps(phase + new Vector<uint>(HalfCycle)), scale);
    }

    // The residual of a band-limited unit step (PolyBLEP) for a phase near a discontinuity at 0 (mod 1), given in
    // 2⁻²⁴ cycles and scaled to steps of dt: within one step after it (rising in [0, 1)) it is −(1 − rising)², within
    // one step before it (falling in (−1, 0]) (1 + falling)², elsewhere 0. u × |u| gives both with one multiply.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Blep(float steps, float scale)
    {
        var rising = steps * scale;
        var falling = (steps - FixedPhase.StepsPerCycle) * scale;
        var u = rising < 1f ? rising - 1f : falling > -1f ? falling + 1f : 0f;
        return u * MathF.Abs(u);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<float> Blep(Vector<float> steps, Vector<float> scale)
    {
        var one = Vector<float>.One;
        var rising = steps * scale;
        var falling = (steps - new Vector<float>(FixedPhase.StepsPerCycle)) * scale;
        var u = Vector.ConditionalSelect(Vector.LessThan(rising, one), rising - one, Vector.ConditionalSelect(Vector.GreaterThan(falling, -one), falling + one, Vector<float>.Zero));
        return u * Vector.Abs(u);
    }

    // A waveform, for a scalar and for a vector of lanes: the same operations in the same order.
    private interface IWave
    {
        static abstract float Next(uint phase, float dt, float scale, ref float triangle);

        static abstract Vector<float> Next(Vector<uint> phase, Vector<float> dt, Vector<float> scale, ref Vector<float> triangle);
    }

    private readonly struct SineWave : IWave
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Next(uint phase, float dt, float scale, ref float triangle) => SinePolynomial.Sin(FixedPhase.ToUnit(phase));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<float> Next(Vector<uint> phase, Vector<float> dt, Vector<float> scale, ref Vector<float> triangle) =>
            SinePolynomial.Sin(FixedPhase.ToUnit(phase));
    }

    // 2t − 1 from the phase in 2⁻²⁴ cycles: steps × 2⁻²³ is exact.
    private readonly struct SawWave : IWave
    {
        private const float Slope = 2f * FixedPhase.Unit;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Next(uint phase, float dt, float scale, ref float triangle)
        {
            var steps = FixedPhase.ToSteps(phase);
            return (steps * Slope) - 1f - Blep(steps, scale);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<float> Next(Vector<uint> phase, Vector<float> dt, Vector<float> scale, ref Vector<float> triangle)
        {
            var steps = FixedPhase.ToSteps(phase);
            return (steps * new Vector<float>(Slope)) - Vector<float>.One - Blep(steps, scale);
        }
    }

    private readonly struct SquareWave : IWave
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Next(uint phase, float dt, float scale, ref float triangle) => Square(phase, scale);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<float> Next(Vector<uint> phase, Vector<float> dt, Vector<float> scale, ref Vector<float> triangle) => Square(phase, scale);
    }

    // Leaky integration of the band-limited square; the gain keeps the triangle's peak near 1 at any pitch.
    private readonly struct TriangleWave : IWave
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Next(uint phase, float dt, float scale, ref float triangle) =>
            triangle = (dt * 4f * Square(phase, scale)) + ((1f - (dt * 0.25f)) * triangle);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<float> Next(Vector<uint> phase, Vector<float> dt, Vector<float> scale, ref Vector<float> triangle) =>
            triangle = (dt * new Vector<float>(4f) * Square(phase, scale)) + ((Vector<float>.One - (dt * new Vector<float>(0.25f))) * triangle);
    }
}
