namespace Auralis.Audio.Modulation;

/// <summary>The shapes a <see cref="Lfo"/> can make.</summary>
public enum LfoShape
{
    /// <summary>A smooth sine.</summary>
    Sine,
    /// <summary>A triangle, linear up and down.</summary>
    Triangle,
    /// <summary>A rising ramp.</summary>
    Saw,
    /// <summary>Up for half the cycle, down for the other half.</summary>
    Square,
    /// <summary>A new seeded random value held for each cycle.</summary>
    SampleAndHold,
}
