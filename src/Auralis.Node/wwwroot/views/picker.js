// The session picker: the node's sessions as a list to open or delete, and a form to create one.

import { el } from './dom.js';

export class Picker {
  constructor(root, { onOpen, onDelete, onCreate, onRefresh }) {
    this.list = root.querySelector('#session-list');
    this.empty = root.querySelector('#session-empty');
    root.querySelector('#refresh-sessions').addEventListener('click', onRefresh);
    this.onOpen = onOpen;
    this.onDelete = onDelete;
    root.querySelector('#create-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const form = event.target;
      const body = {};
      for (const [name, value] of new FormData(form)) {
        if (value === '') continue;
        body[name] = name === 'bpm' ? Number(value) : value;
      }

      onCreate(body).then((created) => created && form.reset());
    });
  }

  render(sessions) {
    this.list.replaceChildren(...sessions.map((s) => this.item(s)));
    this.empty.hidden = sessions.length > 0;
  }

  item(session) {
    const p = session.parameters || {};
    const summary = `${p.key ?? '?'} ${p.mode ?? ''} · ${p.bpm ?? '?'} BPM · ${session.transport && session.transport.playing ? 'playing' : 'stopped'} · ${session.listeners} listening`;
    const open = el('button', { class: 'open', type: 'button', 'aria-label': `Open session ${session.name}` }, 'Open');
    open.addEventListener('click', () => this.onOpen(session.id));
    const remove = el('button', { class: 'danger', type: 'button', 'aria-label': `Delete session ${session.name}` }, 'Delete');
    remove.addEventListener('click', () => {
      if (confirm(`Delete session “${session.name}” (${session.id})? Its history is kept in the journal but it stops.`)) this.onDelete(session.id);
    });
    return el('li', { 'data-session': session.id },
      el('div', { class: 'session-text' }, el('strong', {}, session.name), el('code', {}, session.id), el('span', { class: 'muted' }, summary)),
      el('div', { class: 'row' }, open, remove));
  }
}
