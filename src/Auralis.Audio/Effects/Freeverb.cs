using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Effects;

/// <summary>A Freeverb-style stereo reverb: eight damped feedback combs in parallel, then four allpasses in series, per channel.</summary>
/// <remarks>
/// Jezar's public-domain design: the comb and allpass lengths are his 44.1 kHz tunings scaled to the sample rate,
/// the right channel's lines are 23 samples longer for stereo spread, and the input is scaled down by 0.015 so the
/// combs' sum stays in range. Room size sets the combs' feedback (0.7..0.98), damping their one-pole low-pass.
/// </remarks>
public sealed class Freeverb : IParameterized
{
    // Jezar's tunings at 44.1 kHz, scaled to the output rate; internal for the tests' per-sample reference.
    internal static readonly int[] CombTunings = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
    internal static readonly int[] AllpassTunings = [556, 441, 341, 225];
    internal const int StereoSpread = 23;
    internal const float InputGain = 0.015f;

    private CombBank? _combsLeft;
    private CombBank? _combsRight;
    private readonly SchroederAllpass[] _allpassLeft = new SchroederAllpass[AllpassTunings.Length];
    private readonly SchroederAllpass[] _allpassRight = new SchroederAllpass[AllpassTunings.Length];
    private float[] _input = [];
    private float[] _wetLeft = [];
    private float[] _wetRight = [];
    private float[] _lanesLeft = [];
    private float[] _lanesRight = [];
    private int _chunk;

    /// <summary>The effect's parameters, in index order: display range, default and unit.</summary>
    public static IReadOnlyList<ParameterInfo> Definitions { get; } =
    [
        new("roomSize", 0, 1, 0.6f, "", "length of the tail"),
        new("damping", 0, 1, 0.5f, "", "darkness of the tail"),
        new("wet", 0, 1, 0.25f, "", "reverb level"),
        new("dry", 0, 1, 1, "", "direct level"),
        new("width", 0, 1, 1, "", "stereo width of the tail"),
    ];

    /// <inheritdoc />
    public IReadOnlyList<ParameterInfo> Parameters => Definitions;

    /// <inheritdoc />
    public void SetNormalized(int index, float normalized)
    {
        var value = Definitions[index].FromNormalized(normalized);
        switch (index)
        {
            case 0:
                RoomSize = value;
                break;
            case 1:
                Damping = value;
                break;
            case 2:
                Wet = value;
                break;
            case 3:
                Dry = value;
                break;
            case 4:
                Width = value;
                break;
        }
    }

    /// <inheritdoc />
    public float GetNormalized(int index) => Definitions[index].ToNormalized(index switch
    {
        0 => (float)RoomSize,
        1 => (float)Damping,
        2 => (float)Wet,
        3 => (float)Dry,
        _ => (float)Width,
    });

    /// <summary>Room size, 0..1 (the tail's length).</summary>
    public double RoomSize { get; set; } = 0.6;

    /// <summary>High-frequency damping of the tail, 0..1.</summary>
    public double Damping { get; set; } = 0.5;

    /// <summary>Wet level, 0..1.</summary>
    public double Wet { get; set; } = 0.25;

    /// <summary>Dry level, 0..1.</summary>
    public double Dry { get; set; } = 1.0;

    /// <summary>Stereo width of the tail, 0 (mono) .. 1.</summary>
    public double Width { get; set; } = 1.0;

    /// <summary>Allocates the comb and allpass lines for <paramref name="spec"/>.</summary>
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        var scale = spec.SampleRate / 44_100.0;
        (_input, _wetLeft, _wetRight) = (new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames]);
        var combsLeft = CombTunings.Select(t => Scaled(t, scale)).ToArray();
        var combsRight = CombTunings.Select(t => Scaled(t + StereoSpread, scale)).ToArray();

        // Chunks no longer than the shortest line: within one, nothing read was written in the same chunk.
        _chunk = Math.Min(spec.MaxBlockFrames, Math.Min(combsLeft.Min(), AllpassTunings.Min(t => Scaled(t, scale))));
        _combsLeft = new CombBank(combsLeft, _chunk);
        _combsRight = new CombBank(combsRight, _chunk);
        for (var i = 0; i < AllpassTunings.Length; i++)
        {
            _allpassLeft[i] = new SchroederAllpass(Scaled(AllpassTunings[i], scale), _chunk);
            _allpassRight[i] = new SchroederAllpass(Scaled(AllpassTunings[i] + StereoSpread, scale), _chunk);
        }

        (_lanesLeft, _lanesRight) = (new float[CombBank.Count * _chunk], new float[CombBank.Count * _chunk]);
    }

    /// <summary>Empties the tail.</summary>
    public void Reset()
    {
        _combsLeft?.Clear();
        _combsRight?.Clear();
        foreach (var line in _allpassLeft.Concat(_allpassRight))
        {
            line?.Clear();
        }
    }

    /// <summary>Replaces the block with the dry signal plus the reverb's tail, in place.</summary>
    /// <remarks>
    /// Every line is longer than a chunk of the block, so what a line reads within a chunk was written before it: each
    /// line's stretch is read and overwritten in place (<see cref="ReverbLine"/>), the allpasses are pure vector
    /// arithmetic, and the only serial work left, each comb's damping low-pass, runs for all eight combs of a channel in
    /// one vector chain, a comb per lane (<see cref="CombBank"/>; eight scalar chains side by side without AVX). The
    /// arithmetic is the plain per-sample Freeverb's, operation for operation: the tests hold it to one, bit for bit.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Process(Span<float> left, Span<float> right)
    {
        if (_combsLeft is not { } combsLeft || _combsRight is not { } combsRight)
        {
            throw new InvalidOperationException("Prepare the reverb before processing.");
        }

        var frames = left.Length;
        if (_input.Length < frames)
        {
            throw new ArgumentException($"The reverb was prepared for blocks of at most {_input.Length} frames.", nameof(left));
        }

        var feedback = (float)(0.7 + (0.28 * Math.Clamp(RoomSize, 0, 1)));
        var damp = (float)(0.4 * Math.Clamp(Damping, 0, 1));
        var input = _input.AsSpan(0, frames);
        var wetLeft = _wetLeft.AsSpan(0, frames);
        var wetRight = _wetRight.AsSpan(0, frames);
        wetLeft.Clear();
        wetRight.Clear();
        var wet = (float)(3.0 * Math.Clamp(Wet, 0, 1));
        var width = (float)Math.Clamp(Width, 0, 1);
        var wet1 = wet * ((width / 2) + 0.5f);
        var wet2 = wet * ((1 - width) / 2);
        var dry = (float)Math.Clamp(Dry, 0, 1);
        Feed(left, right, input);
        var lanes = Tiles.IsAccelerated;
        for (var start = 0; start < frames; start += _chunk)
        {
            var n = Math.Min(_chunk, frames - start);
            var chunkLeft = wetLeft.Slice(start, n);
            var chunkRight = wetRight.Slice(start, n);
            if (lanes)
            {
                CombBank.ProcessLanes(combsLeft, combsRight, input.Slice(start, n), chunkLeft, chunkRight, feedback, damp, _lanesLeft, _lanesRight);
            }
            else
            {
                combsLeft.ProcessRows(input.Slice(start, n), chunkLeft, feedback, damp);
                combsRight.ProcessRows(input.Slice(start, n), chunkRight, feedback, damp);
            }

            foreach (var allpass in _allpassLeft)
            {
                allpass.ProcessBlock(chunkLeft);
            }

            foreach (var allpass in _allpassRight)
            {
                allpass.ProcessBlock(chunkRight);
            }
        }

        combsLeft.Flush();
        combsRight.Flush();
        Mix(wetLeft, wetRight, left, right, wet1, wet2, dry);
    }

    // input[i] = (left[i] + right[i]) × InputGain, a vector at a time.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Feed(ReadOnlySpan<float> left, ReadOnlySpan<float> right, Span<float> input)
    {
        var frames = input.Length;
        var whole = frames - (frames % Vector<float>.Count);
        var gain = new Vector<float>(InputGain);
        // Vectors over the whole part rather than a slice of each span per vector (the same arithmetic).
        var lefts = MemoryMarshal.Cast<float, Vector<float>>(left[..whole]);
        var rights = MemoryMarshal.Cast<float, Vector<float>>(right[..whole]);
        var inputs = MemoryMarshal.Cast<float, Vector<float>>(input[..whole]);
        for (var v = 0; v < inputs.Length; v++)
        {
            inputs[v] = (lefts[v] + rights[v]) * gain;
        }

        for (var i = whole; i < frames; i++)
        {
            input[i] = (left[i] + right[i]) * InputGain;
        }
    }

    // The tail mixed with the dry signal, a vector at a time: left = wetLeft × wet1 + wetRight × wet2 + left × dry, in that order.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Mix(ReadOnlySpan<float> wetLeft, ReadOnlySpan<float> wetRight, Span<float> left, Span<float> right, float wet1, float wet2, float dry)
    {
        var frames = left.Length;
        var whole = frames - (frames % Vector<float>.Count);
        var (wets1, wets2, drys) = (new Vector<float>(wet1), new Vector<float>(wet2), new Vector<float>(dry));
        var wetLefts = MemoryMarshal.Cast<float, Vector<float>>(wetLeft[..whole]);
        var wetRights = MemoryMarshal.Cast<float, Vector<float>>(wetRight[..whole]);
        var lefts = MemoryMarshal.Cast<float, Vector<float>>(left[..whole]);
        var rights = MemoryMarshal.Cast<float, Vector<float>>(right[..whole]);
        for (var v = 0; v < lefts.Length; v++)
        {
            var (outLeft, outRight) = (wetLefts[v], wetRights[v]);
            lefts[v] = (outLeft * wets1) + (outRight * wets2) + (lefts[v] * drys);
            rights[v] = (outRight * wets1) + (outLeft * wets2) + (rights[v] * drys);
        }

        for (var i = whole; i < frames; i++)
        {
            var (outLeft, outRight) = (wetLeft[i], wetRight[i]);
            left[i] = (outLeft * wet1) + (outRight * wet2) + (left[i] * dry);
            right[i] = (outRight * wet1) + (outLeft * wet2) + (right[i] * dry);
        }
    }

    private static int Scaled(int samples, double scale) => Math.Max(1, (int)Math.Round(samples * scale));
}
