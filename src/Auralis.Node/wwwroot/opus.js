// Opus in the page: the node's `audio=opus` chunks (u64 LE first frame index, then one 20 ms Opus packet) decoded with
// WebCodecs' AudioDecoder into the same interleaved float frames the PCM formats give, frame index kept. Where the
// browser has no AudioDecoder (or no Opus in it), `supported()` says so and the page stays with PCM.

const RATE = 48000;
const CONFIG = { codec: 'opus', sampleRate: RATE, numberOfChannels: 2 };

export async function opusSupported() {
  if (typeof AudioDecoder === 'undefined') return false;
  try {
    return (await AudioDecoder.isConfigSupported(CONFIG)).supported === true;
  } catch {
    return false;
  }
}

export class OpusStream {
  /** `onFrames(frame, interleaved)` receives each decoded packet. */
  constructor(onFrames, onError) {
    this.onFrames = onFrames;
    this.onError = onError;
    this.decoder = null;
  }

  open() {
    this.decoder = new AudioDecoder({
      output: (data) => this.output(data),
      error: (error) => {
        this.decoder = null;
        this.onError(error);
      },
    });
    this.decoder.configure(CONFIG);
  }

  push(buffer) {
    if (!this.decoder || this.decoder.state === 'closed') this.open();
    const frame = Number(new DataView(buffer).getBigUint64(0, true));
    // The timestamp carries the frame index through the decoder (microseconds, exact enough for any session's length).
    this.decoder.decode(new EncodedAudioChunk({ type: 'key', timestamp: (frame * 1e6) / RATE, data: new Uint8Array(buffer, 8) }));
  }

  output(data) {
    const frames = data.numberOfFrames;
    const left = new Float32Array(frames);
    const right = new Float32Array(frames);
    data.copyTo(left, { planeIndex: 0, format: 'f32-planar' });
    data.copyTo(right, { planeIndex: data.numberOfChannels > 1 ? 1 : 0, format: 'f32-planar' });
    const frame = Math.round((data.timestamp * RATE) / 1e6);
    data.close();
    const interleaved = new Float32Array(frames * 2);
    for (let i = 0; i < frames; i++) {
      interleaved[2 * i] = left[i];
      interleaved[2 * i + 1] = right[i];
    }

    this.onFrames(frame, interleaved);
  }

  /** Forgets the decoder's state, for a new connection whose packets need not follow the old ones. */
  reset() {
    if (this.decoder && this.decoder.state !== 'closed') this.decoder.close();
    this.decoder = null;
  }
}
