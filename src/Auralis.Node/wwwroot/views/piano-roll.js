// A scrolling piano roll of the `note` messages: time runs right to left past a "now" line, pitch upwards,
// one colour per voice. Percussion has no melody pitch worth reading, so it gets a lane along the bottom.

import { fitCanvas } from './dom.js';
import { VOICE_COLORS } from './colors.js';

const TICKS_PER_QUARTER = 480;
const WINDOW_TICKS = TICKS_PER_QUARTER * 16;
const NOW_AT = 0.75;
const LOW_PITCH = 28;
const HIGH_PITCH = 96;
const PERC_LANE = 14;

export class PianoRoll {
  constructor(canvas) {
    this.canvas = canvas;
    this.notes = [];
  }

  add(note) {
    this.notes.push(note);
    // Notes arrive in tick order per voice; forget those that scrolled off the left edge long ago.
    if (this.notes.length > 2000) this.notes.splice(0, this.notes.length - 1500);
  }

  /** Puts a session's recent notes before those already heard live (older ones only, so none is drawn twice). */
  prepend(notes) {
    const first = this.notes.length > 0 ? Math.min(...this.notes.map((n) => n.tick)) : Infinity;
    this.notes = notes.filter((n) => n.tick < first).concat(this.notes).slice(-2000);
  }

  clear() {
    this.notes = [];
  }

  draw(nowTick, ticksPerBar) {
    const { context: g, width, height } = fitCanvas(this.canvas);
    g.clearRect(0, 0, width, height);
    const pxPerTick = width / WINDOW_TICKS;
    const nowX = width * NOW_AT;
    const start = nowTick - WINDOW_TICKS * NOW_AT;
    const melodyHeight = height - PERC_LANE - 4;
    const rowHeight = melodyHeight / (HIGH_PITCH - LOW_PITCH + 1);

    // Bar lines, so the scroll reads as music rather than as a conveyor belt.
    g.strokeStyle = 'rgba(255,255,255,0.08)';
    g.lineWidth = 1;
    const firstBar = Math.ceil(start / ticksPerBar) * ticksPerBar;
    for (let t = firstBar; t < start + WINDOW_TICKS; t += ticksPerBar) {
      const x = Math.round((t - start) * pxPerTick) + 0.5;
      g.beginPath();
      g.moveTo(x, 0);
      g.lineTo(x, height);
      g.stroke();
    }

    // Pitch labels: every C, with a faint line, so a note's height reads as a pitch.
    g.font = '10px system-ui, sans-serif';
    g.textBaseline = 'middle';
    for (let pitch = Math.ceil(LOW_PITCH / 12) * 12; pitch <= HIGH_PITCH; pitch += 12) {
      const y = melodyHeight - (pitch - LOW_PITCH + 0.5) * rowHeight;
      g.fillStyle = 'rgba(255,255,255,0.06)';
      g.fillRect(0, Math.round(y), width, 1);
      g.fillStyle = 'rgba(255,255,255,0.55)';
      g.fillText(`C${pitch / 12 - 1}`, 3, y);
    }

    for (const n of this.notes) {
      const x = (n.tick - start) * pxPerTick;
      const w = Math.max(2, n.durationTicks * pxPerTick);
      if (x > width || x + w < 0) continue;
      g.fillStyle = VOICE_COLORS[n.voice] || '#ccc';
      g.globalAlpha = 0.45 + (n.velocity / 127) * 0.55;
      if (n.voice === 'perc') {
        g.fillRect(x, height - PERC_LANE, Math.max(3, Math.min(w, 6)), PERC_LANE - 2);
      } else {
        const pitch = Math.min(HIGH_PITCH, Math.max(LOW_PITCH, n.pitch));
        g.fillRect(x, melodyHeight - (pitch - LOW_PITCH + 1) * rowHeight, w, Math.max(2, rowHeight - 1));
      }
    }

    g.globalAlpha = 1;
    g.strokeStyle = '#ffffff';
    g.beginPath();
    g.moveTo(Math.round(nowX) + 0.5, 0);
    g.lineTo(Math.round(nowX) + 0.5, height);
    g.stroke();
  }
}
