// The session's Export (WAV, MIDI, backup), Presets and Share card, over the node's REST endpoints.

import * as api from '../api.js';
import { el } from './dom.js';
import { shareLink } from '../share.js';

export class SessionTools {
  constructor(root, { sessionId, say, fail }) {
    this.root = root;
    this.sessionId = sessionId;
    this.say = say;
    this.fail = fail;
    this.presets = root.querySelector('#preset-list');
    for (const format of ['wav', 'mid', 'json']) {
      root.querySelector(`#export-${format}`).addEventListener('click', () => this.export(format));
    }

    root.querySelector('#preset-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.savePreset(root.querySelector('#preset-name').value.trim());
    });
    root.querySelector('#share').addEventListener('click', () => this.share());
  }

  /** Forgets the previous session's presets and link. */
  reset() {
    this.presets.replaceChildren();
    this.root.querySelector('#presets-empty').hidden = false;
    const link = this.root.querySelector('#share-link');
    link.value = '';
    link.hidden = true;
  }

  async export(format) {
    const id = this.sessionId();
    const seconds = Number(this.root.querySelector('#export-seconds').value) || 30;
    // A backup is the session's events; audio and MIDI replay its first `seconds` from the journal.
    const query = format === 'json' ? 'format=json' : `format=${format}&seconds=${seconds}`;
    const name = format === 'json' ? `${id}-backup.json` : `${id}.${format}`;
    this.say(`Exporting ${name}…`);
    try {
      await api.download(`/api/v1/sessions/${encodeURIComponent(id)}/export?${query}`, name);
      this.say(`Exported ${name}.`);
    } catch (error) {
      this.fail(error);
    }
  }

  async refreshPresets() {
    const id = this.sessionId();
    try {
      const presets = await api.listPresets(id);
      if (id !== this.sessionId()) return;
      const names = Object.keys(presets || {}).sort();
      this.presets.replaceChildren(...names.map((name) => this.presetItem(name)));
      this.root.querySelector('#presets-empty').hidden = names.length > 0;
    } catch (error) {
      this.fail(error);
    }
  }

  presetItem(name) {
    const load = el('button', { type: 'button', 'aria-label': `Load preset ${name}` }, 'Load');
    load.addEventListener('click', async () => {
      try {
        await api.loadPreset(this.sessionId(), name);
        this.say(`Loaded preset “${name}”: it sounds from the next step.`);
      } catch (error) {
        this.fail(error);
      }
    });
    return el('li', { 'data-preset': name }, el('span', {}, name), load);
  }

  async savePreset(name) {
    if (!name) return;
    try {
      await api.savePreset(this.sessionId(), name);
      this.say(`Saved preset “${name}”.`);
      this.root.querySelector('#preset-name').value = '';
      await this.refreshPresets();
    } catch (error) {
      this.fail(error);
    }
  }

  async share() {
    const id = this.sessionId();
    try {
      const { seed, parameters } = await api.seedAndParameters(id);
      const link = shareLink(seed, parameters);
      const field = this.root.querySelector('#share-link');
      field.value = link;
      field.hidden = false;
      field.select();
      // The clipboard needs a secure context and permission; the field holds the link either way.
      if (navigator.clipboard && window.isSecureContext) await navigator.clipboard.writeText(link).catch(() => {});
      this.say('Share link ready: whoever opens it can create a session with the same seed and settings.');
    } catch (error) {
      this.fail(error);
    }
  }
}
