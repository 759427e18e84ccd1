// The page half of playback: the AudioContext, the worklet that buffers and plays, the volume and mute, and the
// decoding of the node's binary audio chunks (u64 LE first frame index, then interleaved LE samples, 48 kHz stereo).

export const STREAM_RATE = 48000;
const CHANNELS = 2;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Decodes one binary chunk into its first frame index and interleaved float samples. */
export function decodeChunk(buffer, format) {
  const view = new DataView(buffer);
  // Frame indexes stay far below 2^53 (that is 5 000 years of 48 kHz audio), so a Number holds them exactly.
  const frame = Number(view.getBigUint64(0, true));
  const bytes = buffer.byteLength - 8;
  let samples;
  if (format === 'f32') {
    const count = Math.floor(bytes / 4);
    if (LITTLE_ENDIAN) {
      samples = new Float32Array(buffer.slice(8, 8 + count * 4));
    } else {
      samples = new Float32Array(count);
      for (let i = 0; i < count; i++) samples[i] = view.getFloat32(8 + i * 4, true);
    }
  } else {
    const count = Math.floor(bytes / 2);
    samples = new Float32Array(count);
    if (LITTLE_ENDIAN) {
      const pcm = new Int16Array(buffer, 8, count);
      for (let i = 0; i < count; i++) samples[i] = pcm[i] / 32768;
    } else {
      for (let i = 0; i < count; i++) samples[i] = view.getInt16(8 + i * 2, true) / 32768;
    }
  }

  // A chunk cut mid-frame would shift the channels of everything after it; keep whole frames only.
  const whole = samples.length - (samples.length % CHANNELS);
  return { frame, samples: whole === samples.length ? samples : samples.slice(0, whole) };
}

/** Plays the stream through an AudioWorklet; `onStats` receives the worklet's periodic report. */
export class Player {
  constructor(onStats) {
    this.onStats = onStats;
    this.context = null;
    this.node = null;
    this.gain = null;
    this.volume = 0.8;
    this.muted = false;
  }

  get running() {
    return this.context !== null && this.context.state === 'running';
  }

  /** Opens (or resumes) the audio graph; call it from a user gesture so the browser lets it sound. */
  async start() {
    if (!this.context) {
      this.context = openContext();
      await this.context.audioWorklet.addModule(new URL('./worklet/player-worklet.js', import.meta.url));
      this.node = new AudioWorkletNode(this.context, 'auralis-player', {
        numberOfInputs: 0,
        numberOfOutputs: 1,
        outputChannelCount: [CHANNELS],
        processorOptions: { sourceRate: STREAM_RATE },
      });
      this.node.port.onmessage = (event) => {
        if (event.data.type === 'stats') this.onStats({ ...event.data, contextState: this.context.state, contextRate: this.context.sampleRate });
      };
      this.gain = this.context.createGain();
      this.applyGain();
      this.node.connect(this.gain).connect(this.context.destination);
    }

    await this.context.resume();
  }

  /** Silences the graph and forgets what it buffered (the next chunk starts a fresh timeline). */
  async pause() {
    if (!this.context) return;
    this.node.port.postMessage({ type: 'reset' });
    await this.context.suspend();
  }

  /** Hands one binary chunk to the worklet, transferring its samples rather than copying them. */
  push(buffer, format) {
    // After a switch to none, chunks still in flight are not wanted (and their format is no longer known).
    if (!this.node || (format !== 'f32' && format !== 'pcm16')) return;
    const chunk = decodeChunk(buffer, format);
    this.node.port.postMessage({ type: 'chunk', frame: chunk.frame, samples: chunk.samples }, [chunk.samples.buffer]);
  }

  /** Hands frames decoded in the page (Opus) to the worklet, as a PCM chunk would be. */
  pushDecoded(frame, samples) {
    if (!this.node) return;
    this.node.port.postMessage({ type: 'chunk', frame, samples }, [samples.buffer]);
  }

  /** Forgets the buffered audio, for a new connection whose frames may not follow the old ones. */
  reset() {
    if (this.node) this.node.port.postMessage({ type: 'reset' });
  }

  setVolume(volume) {
    this.volume = volume;
    this.applyGain();
  }

  setMuted(muted) {
    this.muted = muted;
    this.applyGain();
  }

  applyGain() {
    if (!this.gain) return;
    // A short ramp: a jump in gain is a click.
    this.gain.gain.setTargetAtTime(this.muted ? 0 : this.volume, this.context.currentTime, 0.015);
  }
}

function openContext() {
  try {
    return new AudioContext({ sampleRate: STREAM_RATE, latencyHint: 'interactive' });
  } catch (error) {
    // Some browsers refuse a rate the device does not run at; the worklet then resamples linearly.
    console.warn(`AudioContext at ${STREAM_RATE} Hz refused (${error.message}); resampling to the device rate.`);
    return new AudioContext({ latencyHint: 'interactive' });
  }
}
