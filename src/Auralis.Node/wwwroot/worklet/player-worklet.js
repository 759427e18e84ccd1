// The audio-thread half of playback: a jitter buffer between the network's bursty chunks and the sound card's
// steady clock. The page posts decoded chunks ({ frame, samples }) through the port; this processor plays them.
//
// Buffering, in short:
// - Chunks land in a ring of interleaved stereo frames, placed by their first frame index: a chunk that starts
//   after the expected frame is a gap (filled with silence when short, so the timeline holds), one that starts
//   before it overlaps and only its new part is kept.
// - Playback starts (and restarts after an underrun) only once the buffer holds the target depth. The target starts
//   at 150 ms, grows by half on every underrun, and shrinks by 10 ms after each 20 s without one.
// - The node's clock and the sound card's never agree exactly. A slow average of the depth is compared with the
//   target; when it drifts away the reader plays 0.2 % faster or slower, i.e. drops or repeats about one frame in
//   five hundred (0.5 % when far off), spread by the linear interpolator so there is no click. A buffer 300 ms
//   deeper than the target (a tab that was in the background) is cut back to the target at once, and playback
//   always starts at the target depth.
// - The same interpolating reader resamples when the AudioContext could not be opened at the stream's 48 kHz.

const CHANNELS = 2;
const REPORT_SECONDS = 0.1;
const START_TARGET_MS = 150;
const MIN_TARGET_MS = 80;
const MAX_TARGET_MS = 1000;
const SHRINK_AFTER_SECONDS = 20;
const SHRINK_STEP_MS = 10;
const DRIFT_NUDGE = 0.002;
const FIRM_NUDGE = 0.005;
const LATE_MS = 300;
const MAX_SILENT_GAP_SECONDS = 1;

class PlayerProcessor extends AudioWorkletProcessor {
  constructor(options) {
    super();
    this.sourceRate = (options.processorOptions && options.processorOptions.sourceRate) || 48000;
    // Four seconds of stream: more than the largest target plus a burst.
    this.capacity = this.sourceRate * 4;
    this.ring = new Float32Array(this.capacity * CHANNELS);
    this.baseStep = this.sourceRate / sampleRate;
    this.targetMs = START_TARGET_MS;
    this.stableSince = currentTime;
    this.lastReport = currentTime;
    this.peak = 0;
    // Counters run for the life of the player; a reset (new connection, new format) clears only the buffer.
    this.stats = {
      framesReceived: 0, framesPlayed: 0, underruns: 0, gaps: 0, framesLost: 0,
      framesDropped: 0, framesRepeated: 0, overflows: 0, duplicates: 0, resets: 0,
    };
    this.reset();
    this.stats.resets = 0;
    this.port.onmessage = (event) => this.receive(event.data);
  }

  reset() {
    this.writeIndex = 0; // frames ever written into the ring (silence for gaps included)
    this.readIndex = 0; // frames ever consumed from it
    this.fraction = 0; // the interpolator's position between readIndex and readIndex + 1
    this.expectedFrame = null; // the stream frame index the next chunk should start at
    this.playing = false;
    this.averageDepth = 0;
    this.fadeIn = 0;
    this.stats.resets++;
  }

  receive(message) {
    if (message.type === 'chunk') {
      this.write(message.frame, message.samples);
    } else if (message.type === 'reset') {
      this.reset();
    }
  }

  get depth() {
    return this.writeIndex - this.readIndex;
  }

  write(frame, samples) {
    let frames = samples.length / CHANNELS;
    let offset = 0;
    this.stats.framesReceived += frames;
    if (this.expectedFrame !== null && frame !== this.expectedFrame) {
      const missing = frame - this.expectedFrame;
      if (missing > 0 && missing <= this.sourceRate * MAX_SILENT_GAP_SECONDS) {
        this.stats.gaps++;
        this.stats.framesLost += missing;
        this.writeSilence(missing);
      } else if (missing > 0) {
        // Too long a hole to bridge with silence: start over from this chunk.
        this.stats.gaps++;
        this.stats.framesLost += missing;
        this.readIndex = this.writeIndex;
        this.playing = false;
      } else {
        // Audio we already hold (a resend or an overlap): keep only what is new.
        const old = Math.min(frames, -missing);
        this.stats.duplicates += old;
        offset = old;
        frames -= old;
        if (frames === 0) {
          return;
        }
      }
    }

    this.expectedFrame = frame + samples.length / CHANNELS;
    for (let i = 0; i < frames; i++) {
      const at = (this.writeIndex % this.capacity) * CHANNELS;
      this.ring[at] = samples[(offset + i) * CHANNELS];
      this.ring[at + 1] = samples[(offset + i) * CHANNELS + 1];
      this.writeIndex++;
    }

    this.dropOverflow();
  }

  writeSilence(frames) {
    for (let i = 0; i < frames; i++) {
      const at = (this.writeIndex % this.capacity) * CHANNELS;
      this.ring[at] = 0;
      this.ring[at + 1] = 0;
      this.writeIndex++;
    }

    this.dropOverflow();
  }

  dropOverflow() {
    // The writer never waits: a full ring loses its oldest frames.
    const excess = this.depth - (this.capacity - 2);
    if (excess > 0) {
      this.readIndex += excess;
      this.stats.overflows += excess;
    }
  }

  process(inputs, outputs) {
    const output = outputs[0];
    const left = output[0];
    const right = output[1] || output[0];
    const quantum = left.length;
    const targetFrames = (this.targetMs / 1000) * this.sourceRate;

    if (!this.playing && this.depth >= targetFrames) {
      // Start at the target exactly: what piled up while the audio thread was not running yet is only latency.
      const extra = Math.floor(this.depth - targetFrames);
      this.readIndex += extra;
      this.stats.framesDropped += extra;
      this.playing = true;
      this.fadeIn = 0;
      this.averageDepth = this.depth;
    }

    if (!this.playing) {
      left.fill(0);
      right.fill(0);
      this.report();
      return true;
    }

    this.averageDepth += (this.depth - this.averageDepth) * 0.01;
    const lateFrames = ((this.targetMs + LATE_MS) / 1000) * this.sourceRate;
    if (this.depth > lateFrames) {
      const cut = Math.floor(this.depth - targetFrames);
      this.readIndex += cut;
      this.stats.framesDropped += cut;
      this.averageDepth = this.depth;
    }

    let step = this.baseStep;
    const tolerance = Math.max(0.02 * this.sourceRate, targetFrames * 0.25);
    // A small drift gets a nudge nobody hears; a larger one (a burst after a network stall) a firmer one.
    const off = this.averageDepth - targetFrames;
    const nudge = Math.abs(off) > 3 * tolerance ? FIRM_NUDGE : DRIFT_NUDGE;
    if (off > tolerance) {
      step *= 1 + nudge;
    } else if (off < -tolerance) {
      step *= 1 - nudge;
    }

    const ring = this.ring;
    const capacity = this.capacity;
    let readIndex = this.readIndex;
    let fraction = this.fraction;
    let peak = this.peak;
    let i = 0;
    for (; i < quantum; i++) {
      if (this.writeIndex - readIndex < 2) {
        break;
      }

      const a = (readIndex % capacity) * CHANNELS;
      const b = ((readIndex + 1) % capacity) * CHANNELS;
      // A 5 ms ramp after every (re)start, so resuming from silence does not click.
      const gain = this.fadeIn < 1 ? (this.fadeIn = Math.min(1, this.fadeIn + 1 / (0.005 * sampleRate))) : 1;
      const l = (ring[a] + (ring[b] - ring[a]) * fraction) * gain;
      const r = (ring[a + 1] + (ring[b + 1] - ring[a + 1]) * fraction) * gain;
      left[i] = l;
      right[i] = r;
      const level = Math.max(Math.abs(l), Math.abs(r));
      if (level > peak) {
        peak = level;
      }

      fraction += step;
      const whole = Math.floor(fraction);
      readIndex += whole;
      fraction -= whole;
    }

    const consumed = readIndex - this.readIndex;
    const nominal = i * this.baseStep;
    if (consumed > nominal) {
      this.stats.framesDropped += consumed - nominal;
    } else {
      this.stats.framesRepeated += nominal - consumed;
    }

    this.stats.framesPlayed += consumed;
    this.readIndex = readIndex;
    this.fraction = fraction;
    this.peak = peak;

    if (i < quantum) {
      // Underrun: the network did not keep up. Play silence, wait for a deeper buffer than before.
      left.fill(0, i);
      right.fill(0, i);
      this.stats.underruns++;
      this.playing = false;
      this.targetMs = Math.min(MAX_TARGET_MS, Math.round(this.targetMs * 1.5));
      this.stableSince = currentTime;
    } else if (currentTime - this.stableSince > SHRINK_AFTER_SECONDS && this.targetMs > MIN_TARGET_MS) {
      this.targetMs = Math.max(MIN_TARGET_MS, this.targetMs - SHRINK_STEP_MS);
      this.stableSince = currentTime;
    }

    this.report();
    return true;
  }

  report() {
    if (currentTime - this.lastReport < REPORT_SECONDS) {
      return;
    }

    this.lastReport = currentTime;
    this.port.postMessage({
      type: 'stats',
      ...this.stats,
      framesDropped: Math.round(this.stats.framesDropped),
      framesRepeated: Math.round(this.stats.framesRepeated),
      depthFrames: this.depth,
      // The stream frame about to be played (what a note's `frame` is compared with), null before the first chunk.
      playFrame: this.expectedFrame === null ? null : this.expectedFrame - this.depth,
      depthMs: (this.depth / this.sourceRate) * 1000,
      targetMs: this.targetMs,
      buffering: !this.playing,
      peak: this.peak,
      outputRate: sampleRate,
    });
    this.peak = 0;
  }
}

registerProcessor('auralis-player', PlayerProcessor);
