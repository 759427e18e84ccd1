// A level meter from the worklet's peak: a bar over −60…0 dBFS with a slowly falling peak hold.

import { fitCanvas } from './dom.js';

const FLOOR_DB = -60;

export class Meter {
  constructor(canvas, label) {
    this.canvas = canvas;
    this.label = label;
    this.level = 0;
    this.hold = 0;
  }

  set(peak) {
    this.level = peak;
    this.hold = Math.max(peak, this.hold * 0.97);
    const db = peak > 0 ? 20 * Math.log10(peak) : -Infinity;
    this.label.textContent = Number.isFinite(db) ? `${db.toFixed(1)} dBFS` : 'silence';
  }

  draw() {
    const { context: g, width, height } = fitCanvas(this.canvas);
    const toX = (peak) => (peak > 0 ? Math.max(0, Math.min(1, 1 - (20 * Math.log10(peak)) / FLOOR_DB)) : 0) * width;
    const gradient = g.createLinearGradient(0, 0, width, 0);
    gradient.addColorStop(0, '#2e9e5b');
    gradient.addColorStop(0.8, '#e0c341');
    gradient.addColorStop(1, '#c8453b');
    g.fillStyle = '#1b2130';
    g.fillRect(0, 0, width, height);
    g.fillStyle = gradient;
    g.fillRect(0, 0, toX(this.level), height);
    g.fillStyle = '#ffffff';
    g.fillRect(Math.max(0, toX(this.hold) - 2), 0, 2, height);
  }
}
