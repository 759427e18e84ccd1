// The steering controls, one native input per session parameter (so every one has a label and works from the
// keyboard), the transport buttons, and the list of changes: "sent", then "scheduled at bar X beat Y" when the
// node's `param` echo names the tick, then "sounding" once a `transport` message reaches that tick (and, while
// listening, once the worklet is playing the audio of that tick).

import { el } from './dom.js';

const KEYS = ['C', 'C#', 'Db', 'D', 'Eb', 'E', 'F', 'F#', 'Gb', 'G', 'Ab', 'A', 'Bb', 'B'];
// Scale.All in Auralis.Music, by wire name.
const MODES = ['major', 'minor', 'harmonic minor', 'melodic minor', 'ionian', 'dorian', 'phrygian', 'lydian', 'mixolydian',
  'aeolian', 'locrian', 'major pentatonic', 'minor pentatonic', 'blues', 'whole tone', 'chromatic'];
const VOICES = ['soprano', 'alto', 'bass', 'perc'];
const INSTRUMENTS = ['subtractive', 'fm', 'sampler', 'drums', 'sine'];
const KIT_SLOTS = ['kick', 'snare', 'clap', 'hat', 'openHat'];
const KEEP_CHANGES = 8;

// Each parameter's control, as SessionParameters.cs defines the parameter.
const SPECS = [
  { name: 'key', label: 'Key', kind: 'select', choices: KEYS, group: 'music' },
  { name: 'mode', label: 'Mode', kind: 'select', choices: MODES, group: 'music' },
  { name: 'bpm', label: 'Tempo (BPM)', kind: 'number', min: 20, max: 300, step: 1, group: 'music' },
  { name: 'timeSignature', label: 'Time signature', kind: 'select', choices: ['4/4', '3/4', '2/4', '5/4', '6/8', '7/8', '12/8'], group: 'music' },
  { name: 'intensity', label: 'Intensity', kind: 'range', min: 0, max: 1, step: 0.01, group: 'music' },
  { name: 'sensitivity', label: 'Sensitivity', kind: 'range', min: 0.1, max: 10, step: 0.1, group: 'market' },
  { name: 'source', label: 'Price source', kind: 'select', choices: ['simulated', 'sp500', 'external'], group: 'market' },
  { name: 'regime', label: 'Regime', kind: 'select', choices: ['auto', 'bull', 'bear', 'sideways', 'volatile'], group: 'market' },
  { name: 'volume', label: 'Master volume', kind: 'range', min: 0, max: 1, step: 0.01, group: 'mix' },
  { name: 'reverb', label: 'Reverb', kind: 'range', min: 0, max: 1, step: 0.01, group: 'mix' },
  { name: 'delay', label: 'Delay', kind: 'range', min: 0, max: 1, step: 0.01, group: 'mix' },
  ...VOICES.flatMap((voice) => [
    { name: `${voice}.instrument`, label: `${cap(voice)} instrument`, kind: 'select', choices: INSTRUMENTS, group: 'voices', voice },
    { name: `${voice}.gain`, label: `${cap(voice)} gain`, kind: 'range', min: 0, max: 1, step: 0.01, group: 'voices', voice },
    // The name of a sample of the session's library for the voice's sampler; empty for the built-in pluck.
    { name: `${voice}.sample`, label: `${cap(voice)} sampler sample`, kind: 'text', group: 'advanced', voice },
  ]),
  // Library samples the drum kit plays instead of its synthesized drums; empty for the built-in drum.
  // Both wait under the "advanced" fold: a newcomer has no library yet.
  ...KIT_SLOTS.map((slot) => ({ name: `kit.${slot}`, label: `Kit ${slot}`, kind: 'text', group: 'advanced' })),
];

function cap(word) {
  return word[0].toUpperCase() + word.slice(1);
}

function idOf(name) {
  return name.replace('.', '-');
}

export class Controls {
  constructor(root, { send, position, isSounding }) {
    this.send = send;
    this.isSounding = isSounding;
    this.position = position; // tick → { bar, beat } (counted from 1), in the session's time signature
    this.inputs = new Map();
    this.changes = [];
    this.list = root.querySelector('#changes');
    for (const spec of SPECS) root.querySelector(`[data-group='${spec.group}']`).append(this.build(spec));
    this.transport(root);
  }

  build(spec) {
    const id = idOf(spec.name);
    let input;
    if (spec.kind === 'select') {
      input = el('select', { id, name: spec.name }, ...spec.choices.map((c) => el('option', { value: c }, c)));
    } else {
      input = el('input', {
        id, name: spec.name, type: spec.kind, min: spec.min, max: spec.max, step: spec.step,
        inputmode: spec.kind === 'number' ? 'numeric' : null,
        // An empty sample field means the instrument's own sound.
        placeholder: spec.kind === 'text' ? 'built-in' : null,
      });
    }

    const shown = el('output', { for: id, id: `${id}-value` });
    // Said in words beside the field, not only by a red border.
    const error = el('span', { id: `${id}-error`, class: 'field-error', role: 'alert' });
    input.setAttribute('aria-describedby', `${id}-error`);
    input.addEventListener('input', () => (shown.textContent = format(spec, input.value)));
    input.addEventListener('change', () => this.commit(spec, input));
    // Enter commits a typed number even before the field loses focus.
    input.addEventListener('keydown', (event) => event.key === 'Enter' && (event.preventDefault(), this.commit(spec, input)));
    this.inputs.set(spec.name, { spec, input, shown, error, last: null });
    return el('div', { class: `field ${spec.kind}` }, el('label', { for: id }, spec.label), input, spec.kind === 'range' ? shown : null, error);
  }

  commit(spec, input) {
    const entry = this.inputs.get(spec.name);
    let value = input.value;
    if (spec.kind === 'text') {
      value = value.trim();
    } else if (spec.kind !== 'select') {
      const number = Number(value);
      if (value === '' || !Number.isFinite(number) || number < spec.min || number > spec.max) {
        input.setAttribute('aria-invalid', 'true');
        entry.error.textContent = `${spec.label} is from ${spec.min} to ${spec.max}; not sent.`;
        return;
      }

      input.removeAttribute('aria-invalid');
      entry.error.textContent = '';
      value = number;
    }

    if (entry.last === value) return;
    if (!this.send({ type: 'param', name: spec.name, value })) return;
    entry.last = value;
    this.note({ name: spec.name, value, state: 'sent' });
  }

  transport(root) {
    const on = (id, handler) => root.querySelector(id).addEventListener('click', handler);
    const ticksPerBar = () => this.ticksPerBar();
    on('#transport-play', () => this.send({ type: 'transport', command: 'play' }));
    on('#transport-stop', () => this.send({ type: 'transport', command: 'stop' }));
    on('#transport-seek', () => {
      const bar = Number(root.querySelector('#seek-bar').value);
      if (bar >= 1) this.send({ type: 'transport', command: 'seek', tick: Math.round((bar - 1) * ticksPerBar()) });
    });
    on('#transport-loop', () => {
      const from = Number(root.querySelector('#loop-from').value);
      const to = Number(root.querySelector('#loop-to').value);
      // The loop's end is exclusive: bars 1–4 end where bar 5 starts.
      if (from >= 1 && to >= from) {
        this.send({ type: 'transport', command: 'loop', startTick: Math.round((from - 1) * ticksPerBar()), endTick: Math.round(to * ticksPerBar()) });
      }
    });
    on('#transport-clear-loop', () => this.send({ type: 'transport', command: 'clearLoop' }));
  }

  ticksPerBar() {
    return this.position.ticksPerBar();
  }

  /** Forgets the previous session: its list of changes and any field marked invalid. */
  reset() {
    for (const change of this.changes) change.node.remove();
    this.changes = [];
    for (const entry of this.inputs.values()) {
      entry.input.removeAttribute('aria-invalid');
      entry.error.textContent = '';
      entry.last = null;
    }
  }

  /** Shows a session's parameters in the controls (a control being edited keeps what the user typed). */
  show(parameters) {
    for (const [name, value] of Object.entries(parameters || {})) this.showOne(name, value);
  }

  showOne(name, value) {
    const entry = this.inputs.get(name);
    if (!entry) return;
    const { spec, input, shown } = entry;
    entry.last = value;
    if (spec.kind === 'select' && ![...input.options].some((o) => o.value === String(value))) {
      input.append(el('option', { value }, String(value)));
    }

    if (document.activeElement !== input) input.value = String(value);
    shown.textContent = format(spec, value);
  }

  /** The node's `param` echo: the change is scheduled at atTick (whoever sent it). */
  scheduled(message) {
    this.showOne(message.name, message.value);
    this.note({ name: message.name, value: message.value, atTick: message.atTick, state: 'scheduled' });
  }

  /** Marks the scheduled changes that `isSounding(atTick)` says are now heard (called on transport and audio progress). */
  refresh() {
    for (const change of this.changes) {
      if (change.state === 'scheduled' && this.isSounding(change.atTick)) {
        change.state = 'sounding';
        this.render(change);
      }
    }
  }

  note(change) {
    // An echo completes the latest "sent" entry for that name and value; anything else is a new entry.
    const open = this.changes.find((c) => c.name === change.name && c.state === 'sent' && String(c.value) === String(change.value));
    if (open && change.state === 'scheduled') {
      Object.assign(open, change);
      this.render(open);
      return;
    }

    const item = { ...change, node: el('li', { 'data-param': change.name }) };
    this.changes.unshift(item);
    this.list.prepend(item.node);
    for (const old of this.changes.splice(KEEP_CHANGES)) old.node.remove();
    this.render(item);
  }

  render(change) {
    let text = `${change.name} → ${change.value}: `;
    if (change.state === 'sent') {
      text += 'sent, waiting for the node…';
    } else {
      const at = this.position.of(change.atTick);
      text += `scheduled at bar ${at.bar} beat ${at.beat}`;
      if (change.state === 'sounding') text += ' — sounding';
    }

    change.node.textContent = text;
    change.node.className = change.state;
  }
}

function format(spec, value) {
  if (spec.kind !== 'range') return String(value);
  return Number(value).toFixed(spec.step < 0.1 ? 2 : 1);
}
