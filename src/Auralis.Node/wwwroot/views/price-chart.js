// The price line over the last few hundred steps, the market's regime shaded behind it.

import { fitCanvas } from './dom.js';
import { REGIME_COLORS } from './colors.js';

const KEEP = 240;

export class PriceChart {
  constructor(canvas) {
    this.canvas = canvas;
    this.points = [];
  }

  add(price) {
    this.points.push({ tick: price.tick, price: price.price, regime: price.regime });
    if (this.points.length > KEEP) this.points.splice(0, this.points.length - KEEP);
  }

  /** Puts a session's recent prices before those already heard live (older ones only, so none is drawn twice). */
  prepend(prices) {
    const first = this.points.length > 0 ? this.points[0].tick : Infinity;
    const older = prices.filter((p) => p.tick < first).map((p) => ({ tick: p.tick, price: p.price, regime: p.regime }));
    this.points = older.concat(this.points).slice(-KEEP);
  }

  clear() {
    this.points = [];
  }

  draw() {
    const { context: g, width, height } = fitCanvas(this.canvas);
    g.clearRect(0, 0, width, height);
    const points = this.points;
    if (points.length === 0) {
      g.fillStyle = '#8a93a6';
      g.font = '13px system-ui, sans-serif';
      g.fillText('Waiting for prices…', 12, height / 2);
      return;
    }

    let low = Infinity;
    let high = -Infinity;
    for (const p of points) {
      low = Math.min(low, p.price);
      high = Math.max(high, p.price);
    }

    // A flat market still gets a visible band instead of a division by zero.
    const span = Math.max(high - low, high * 0.001, 1e-9);
    const top = 16;
    const bottom = height - 18;
    // Few points spread over the width (at least 60 steps' worth, so one price is not a wall); many scroll in from the right.
    const step = width / Math.max(60, Math.min(KEEP, points.length) - 1);
    const x0 = width - (points.length - 1) * step;
    const y = (price) => bottom - ((price - low) / span) * (bottom - top);

    // Regime bands: one rectangle per run of equal regime.
    let runStart = 0;
    for (let i = 1; i <= points.length; i++) {
      if (i === points.length || points[i].regime !== points[runStart].regime) {
        g.fillStyle = REGIME_COLORS[points[runStart].regime] || '#444';
        g.globalAlpha = 0.28;
        const left = x0 + (runStart - 0.5) * step;
        g.fillRect(Math.max(0, left), 0, (i - runStart) * step, height);
        runStart = i;
      }
    }

    g.globalAlpha = 1;
    g.strokeStyle = '#e8ecf4';
    g.lineWidth = 1.5;
    g.beginPath();
    points.forEach((p, i) => (i === 0 ? g.moveTo(x0, y(p.price)) : g.lineTo(x0 + i * step, y(p.price))));
    g.stroke();

    g.fillStyle = '#c9d1e0';
    g.font = '12px system-ui, sans-serif';
    g.fillText(high.toFixed(2), 6, 12);
    g.fillText(low.toFixed(2), 6, height - 5);
    const last = points[points.length - 1];
    const label = `${last.price.toFixed(2)} · ${last.regime}`;
    g.fillText(label, width - g.measureText(label).width - 6, 12);
  }
}
