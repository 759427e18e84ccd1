namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>How a <see cref="SampledVoice"/> is modulated at block rate: the modulation envelope and oscillator move its
/// pitch, its filter's cutoff and its level, as FluidSynth's do, once at the start of each block.</summary>
internal partial struct SampledVoice
{
    // SF2 2.04: a cutoff at or above 13 500 absolute cents (about 20 kHz) is no filter; below 1 500 (19 Hz) it goes no lower.
    private const double OpenCents = 13_500;
    private const double LowestCents = 1_500;

    // The filter's coefficients are worked out afresh when its cutoff has moved a cent or more since they were: a cent is
    // far below what a listener hears of a cutoff, and a cutoff that drifts through a long release costs a sine and a
    // cosine every few dozen blocks instead of every block.
    private const double CutoffStepCents = 1;

    private readonly bool PitchBent => _vibrato.Cents != 0 || _modulationLfo.Cents != 0 || _envelopeToPitch != 0;

    // Takes the zone's modulation; a zone whose cutoff moves starts unfiltered and gets its filter in the first block.
    private void StartModulation(SampledZone zone, int pitched, double sampleRate)
    {
        _modulationEnvelope = ModulationEnvelope.Start(zone.ModulationEnvelope, pitched, sampleRate);
        (_envelopeToPitch, _envelopeToCutoff) = (zone.ModulationEnvelopeToPitchCents, zone.ModulationEnvelopeToCutoffCents);
        (_lfoToCutoff, _lfoToVolume) = (zone.ModulationLfoToCutoffCents, zone.ModulationLfoToVolumeCentibels);
        _cutoffModulated = _envelopeToCutoff != 0 || _lfoToCutoff != 0;
        _modulated = _cutoffModulated || _envelopeToPitch != 0 || _lfoToVolume != 0;
        _cutoffCents = zone.CutoffHertz > 0 ? 1200 * Math.Log2(zone.CutoffHertz / 8.176) : OpenCents;
        _resonanceDecibels = zone.ResonanceDecibels;
        _filterCents = double.NaN;
    }

    // At the start of a block: the modulation envelope's level there moves the cutoff (and, through Bend, the pitch); the
    // envelope then moves on to the block's end. Returns the envelope's bend of the pitch in cents.
    private double Modulate(int frames)
    {
        var envelope = _modulationEnvelope.Level;
        _modulationEnvelope.Advance(frames);
        if (_cutoffModulated)
        {
            var lfo = _lfoToCutoff == 0 ? 0 : _lfoToCutoff * _modulationLfo.ValueAt(_age / _sampleRate);
            Refilter(_cutoffCents + (envelope * _envelopeToCutoff) + lfo);
        }

        return envelope * _envelopeToPitch;
    }

    // Sets the filter to `cents`, keeping its state, unless it is within a step of the cutoff it has.
    private void Refilter(double cents)
    {
        cents = Math.Max(LowestCents, cents);
        if (Math.Abs(cents - _filterCents) < CutoffStepCents)
        {
            return;
        }

        _filterCents = cents;
        var hertz = 8.176 * Math.Pow(2, cents / 1200);
        if (cents >= OpenCents || hertz >= 0.45 * _sampleRate)
        {
            Filter = LowPass.Identity;
            return;
        }

        var (z1, z2) = (Filter.Z1, Filter.Z2);
        Filter = LowPass.Of(hertz, _resonanceDecibels, _sampleRate);
        (Filter.Z1, Filter.Z2) = (z1, z2);
    }

    // The modulation oscillator's gain on the level `age` frames into the note (1 without one).
    private readonly float Tremolo(long age) =>
        _lfoToVolume == 0 ? 1f : (float)Math.Pow(10, _modulationLfo.ValueAt(age / _sampleRate) * _lfoToVolume / 200);
}
