// The Auralis web client: the session picker, then one session's view — live audio through an AudioWorklet,
// the steering controls, and pictures of what the session plays. Plain ES modules; the node serves them as is.
//
// window.auralis exposes what the page knows (the worklet's stats above all) for people poking in the console
// and for the browser test.

import * as api from './api.js';
import { SessionSocket } from './socket.js';
import { Player } from './player.js';
import { OpusStream, opusSupported } from './opus.js';
import { Picker } from './views/picker.js';
import { Controls } from './views/controls.js';
import { PianoRoll } from './views/piano-roll.js';
import { PriceChart } from './views/price-chart.js';
import { Meter } from './views/meter.js';
import { SessionTools } from './views/session-tools.js';
import { sharedSession } from './share.js';

const TICKS_PER_QUARTER = 480;
/** The session a new node creates and plays; the landing page offers it first. */
const DEMO = 'demo';
const $ = (selector) => document.querySelector(selector);

const auralis = {
  stats: { framesReceived: 0, framesPlayed: 0, depthMs: 0, targetMs: 0, underruns: 0, gaps: 0, framesLost: 0, peak: 0 },
  server: null,
  counts: { notes: 0, prices: 0, chords: 0, trades: 0 },
  session: null,
  connection: 'offline',
  listening: false,
  lastNoteFrame: null,
  format: 'none',
};
window.auralis = auralis;

// ---- status and token -------------------------------------------------------------------------------------

function setStatus(text, kind = 'info') {
  const status = $('#status');
  status.textContent = text;
  status.className = `status ${kind}`;
}

function showError(error) {
  if (error.status === 401) {
    showLogin(`This node needs a token (401: ${error.detail || error.title}). Enter one to continue.`);
    return;
  }

  setStatus(error.status ? `${error.message} (${error.status})` : error.message || String(error), 'error');
}

function showLogin(reason) {
  $('#login').hidden = false;
  $('#token').value = api.token();
  if (reason) setStatus(reason, 'error');
  $('#token').focus();
}

api.hooks.unauthorized = () => $('#login').hidden && showLogin('This node needs a token (401): enter one to continue.');
$('#show-login').addEventListener('click', () => ($('#login').hidden ? showLogin() : ($('#login').hidden = true)));
$('#login').addEventListener('submit', (event) => {
  event.preventDefault();
  api.setToken($('#token').value.trim());
  $('#login').hidden = true;
  setStatus('Token saved for this tab.');
  route();
});
$('#forget-token').addEventListener('click', () => {
  api.setToken('');
  $('#token').value = '';
  setStatus('Token forgotten.');
});

// ---- the picker -------------------------------------------------------------------------------------------

const picker = new Picker($('#picker-view'), {
  onOpen: (id) => (location.hash = `#/sessions/${encodeURIComponent(id)}`),
  onRefresh: () => refreshSessions(),
  onDelete: async (id) => {
    try {
      await api.deleteSession(id);
      setStatus(`Deleted session ${id}.`);
      await refreshSessions();
    } catch (error) {
      showError(error);
    }
  },
  onCreate: async (body) => {
    try {
      const created = await api.createSession(body);
      setStatus(`Created session ${created.id}.`);
      // A new session is opened at once: that is what its creator wants next.
      location.hash = `#/sessions/${encodeURIComponent(created.id)}`;
      return true;
    } catch (error) {
      showError(error);
      return false;
    }
  },
});

async function refreshSessions() {
  try {
    const sessions = await api.listSessions();
    picker.render(sessions);
    // The landing page's one button: the demo, when the node has it.
    $('#demo-hero').hidden = !sessions.some((s) => s.id === DEMO);
  } catch (error) {
    showError(error);
  }
}

$('#play-demo').addEventListener('click', async () => {
  // The click is the user gesture the AudioContext needs: start listening first, then open the demo already listening.
  if (await startListening()) location.hash = `#/sessions/${DEMO}`;
});

// ---- one session ------------------------------------------------------------------------------------------

/** Bar and beat of a tick, counted from 1, in the session's time signature. */
const position = {
  signature() {
    const text = String((auralis.session && auralis.session.parameters && auralis.session.parameters.timeSignature) || '4/4');
    const [beats, unit] = text.split('/').map(Number);
    return { beats: beats || 4, unit: unit || 4 };
  },
  ticksPerBeat() {
    return (TICKS_PER_QUARTER * 4) / this.signature().unit;
  },
  ticksPerBar() {
    return this.signature().beats * this.ticksPerBeat();
  },
  of(tick) {
    const bar = Math.floor(tick / this.ticksPerBar());
    const beat = Math.floor((tick - bar * this.ticksPerBar()) / this.ticksPerBeat());
    return { bar: bar + 1, beat: beat + 1 };
  },
};

let socket = null;
const player = new Player(onWorkletStats);
const opus = new OpusStream(
  (frame, samples) => auralis.listening && player.pushDecoded(frame, samples),
  (error) => setStatus(`Opus could not be decoded (${error.message}); choose 16-bit PCM.`, 'error'));

// Opus (a twentieth of PCM's bandwidth) where the browser decodes it; PCM otherwise.
opusSupported().then((supported) => {
  const option = $('#audio-format option[value="opus"]');
  option.hidden = !supported;
  option.disabled = !supported;
  if (supported && !auralis.listening) $('#audio-format').value = 'opus';
});
const controls = new Controls($('#session-view'), { send: (message) => sendOrComplain(message), position, isSounding });
const roll = new PianoRoll($('#piano-roll'));
const chart = new PriceChart($('#price-chart'));
const tools = new SessionTools($('#session-view'), {
  sessionId: () => openId,
  say: (text) => setStatus(text),
  fail: (error) => showError(error),
});
auralis.views = { chart, roll };
/** The session on screen, or null on the picker. */
let openId = null;
const meter = new Meter($('#meter'), $('#meter-label'));
// Where the transport was last heard, to scroll the piano roll smoothly between transport messages.
const clock = { tick: 0, at: performance.now(), playing: false };
// Recent notes' (tick, frame) pairs: the node composes ahead of what is heard, and a note's frame says when a tick sounds.
const timeline = [];

/** True once a change scheduled at `atTick` is heard: the transport passed it and, while listening, so did the audio. */
function isSounding(atTick) {
  if (clock.tick < atTick) return false;
  if (!auralis.listening || auralis.stats.playFrame === null || auralis.stats.playFrame === undefined) return true;
  const after = timeline.find((t) => t.tick >= atTick);
  if (!after) return false;
  // The first note at or after the tick is at the new tempo already; step back from it to the tick itself.
  const bpm = Number(auralis.session && auralis.session.parameters && auralis.session.parameters.bpm) || 96;
  const framesPerTick = (60 / bpm / TICKS_PER_QUARTER) * 48000;
  return auralis.stats.playFrame >= after.frame - (after.tick - atTick) * framesPerTick;
}

function sendOrComplain(message) {
  if (socket && socket.send(message)) return true;
  setStatus('Not connected to the session: the change was not sent.', 'error');
  return false;
}

function openSession(id) {
  closeSession();
  $('#picker-view').hidden = true;
  $('#session-view').hidden = false;
  $('#session-title').textContent = id;
  roll.clear();
  chart.clear();
  timeline.length = 0;
  // Nothing of the previous session may linger: its chord, price, position, stats and scheduled changes.
  for (const field of ['#chord-symbol', '#position', '#transport-state', '#price-now', '#regime-now', '#trade-now', '#h-server']) $(field).textContent = '–';
  $('#chord-degree').textContent = '';
  controls.reset();
  tools.reset();
  openId = id;
  auralis.recent = null;
  loadRecent(id);
  socket = new SessionSocket(id, {
    token: api.token(),
    audio: auralis.listening ? $('#audio-format').value : 'none',
    onMessage,
    onAudio: (data, format) => {
      auralis.format = format;
      if (format === 'opus') opus.push(data);
      else player.push(data, format);
    },
    onState: (state, reason) => {
      auralis.connection = state;
      $('#connection').textContent = state;
      $('#connection').className = `badge ${state}`;
      $('#h-connection').textContent = reason ? `${state} (${reason})` : state;
      if (state === 'reconnecting' && reason) setStatus(`Connection lost (${reason}); reconnecting…`, 'error');
    },
  });
}

/** Draws the last two minutes the session composed, so its price, regimes and notes are there on opening. */
async function loadRecent(id) {
  let messages;
  try {
    messages = await api.recent(id, 120);
  } catch {
    // The history is a head start, not the view: the live stream fills the pictures either way (and says what is wrong).
    return;
  }

  if (openId !== id) return;
  const prices = messages.filter((m) => m.type === 'price');
  const notes = messages.filter((m) => m.type === 'note');
  const chords = messages.filter((m) => m.type === 'chord');
  chart.prepend(prices);
  roll.prepend(notes);
  // What is now, until the live stream says otherwise.
  const chord = chords[chords.length - 1];
  if (chord && $('#chord-symbol').textContent === '–') {
    $('#chord-symbol').textContent = chord.symbol;
    $('#chord-degree').textContent = chord.degree;
  }

  const price = prices[prices.length - 1];
  if (price && $('#price-now').textContent === '–') {
    $('#price-now').textContent = `${price.price.toFixed(2)} (${price.changePct >= 0 ? '+' : ''}${price.changePct.toFixed(2)} %)`;
    $('#regime-now').textContent = price.regime;
  }

  auralis.recent = { prices: prices.length, notes: notes.length, chords: chords.length };
}

function closeSession() {
  openId = null;
  if (socket) socket.close();
  socket = null;
  auralis.session = null;
}

function showSession(state) {
  auralis.session = state;
  $('#session-title').textContent = state.name && state.name !== state.id ? `${state.name} (${state.id})` : state.id;
  controls.show(state.parameters);
  if (state.transport) $('#transport-state').textContent = state.transport.playing ? 'playing' : 'stopped';
}

function onMessage(message) {
  switch (message.type) {
    case 'welcome':
      // A new connection's frames need not follow the old one's: start the buffer afresh.
      player.reset();
      opus.reset();
      showSession(message.state);
      // Only a session that exists has presets: asked once it has welcomed the connection.
      tools.refreshPresets();
      if (message.format !== socket.audio) socket.subscribe(socket.audio);
      setStatus(`Connected to ${message.session}.`);
      break;
    case 'moved':
      // The session moved to another node and the stream follows it; its frames may not follow the old ones.
      player.reset();
      opus.reset();
      showSession(message.state);
      setStatus(`${message.session} moved to another node; listening on.`);
      break;
    case 'session':
      showSession(message);
      break;
    case 'note':
      auralis.counts.notes++;
      auralis.lastNoteFrame = message.frame;
      timeline.push({ tick: message.tick, frame: message.frame });
      if (timeline.length > 512) timeline.splice(0, 256);
      roll.add(message);
      break;
    case 'chord':
      auralis.counts.chords++;
      $('#chord-symbol').textContent = message.symbol;
      $('#chord-degree').textContent = message.degree;
      break;
    case 'price':
      auralis.counts.prices++;
      chart.add(message);
      $('#price-now').textContent = `${message.price.toFixed(2)} (${message.changePct >= 0 ? '+' : ''}${message.changePct.toFixed(2)} %)`;
      $('#regime-now').textContent = message.regime;
      break;
    case 'trade':
      auralis.counts.trades++;
      $('#trade-now').textContent = `${message.bot} ${message.side} at ${message.price.toFixed(2)}`;
      break;
    case 'transport':
      clock.tick = message.tick;
      clock.at = performance.now();
      clock.playing = message.state === 'playing';
      $('#position').textContent = `bar ${message.bar + 1} beat ${message.beat + 1}`;
      $('#transport-state').textContent = message.loopStartTick !== undefined
        ? `${message.state}, looping bars ${position.of(message.loopStartTick).bar}–${position.of(message.loopEndTick - 1).bar}`
        : message.state;
      controls.refresh();
      break;
    case 'param':
      if (auralis.session) auralis.session.parameters[message.name] = message.value;
      controls.scheduled(message);
      break;
    case 'stats':
      auralis.server = message;
      $('#h-server').textContent = `${message.ringDepth} frames ahead, ${message.droppedFrames} dropped, ${message.underruns} underruns, ${message.listeners} listening${message.sleeping ? ', sleeping (stopped)' : ''}`;
      break;
    case 'error':
      if (message.code === 'unknown-session') {
        setStatus(`There is no session “${socket ? socket.sessionId : ''}” on this node. Pick one from the list.`, 'error');
        $('#connection').textContent = 'not found';
        $('#connection').className = 'badge closed';
        break;
      }

      setStatus(`${message.code}: ${message.message}`, 'error');
      break;
    case 'closing':
      setStatus(`The node closed the session's stream: ${message.reason}.`, 'error');
      break;
    default:
      break;
  }
}

// ---- listening --------------------------------------------------------------------------------------------

function onWorkletStats(report) {
  const { type, ...stats } = report;
  Object.assign(auralis.stats, stats);
  controls.refresh();
  meter.set(stats.peak);
  const ms = (value) => `${Math.round(value)} ms`;
  $('#h-audio').textContent = `${stats.contextState}, ${stats.contextRate} Hz${stats.contextRate !== 48000 ? ' (resampled)' : ''}`;
  $('#h-buffer').textContent = `${ms(stats.depthMs)} of ${ms(stats.targetMs)} target${stats.buffering ? ', filling' : ''}`;
  $('#h-underruns').textContent = String(stats.underruns);
  $('#h-gaps').textContent = `${stats.gaps} / ${stats.framesLost} frames`;
  $('#h-drift').textContent = `${stats.framesDropped} dropped, ${stats.framesRepeated} repeated`;
  $('#h-sound').textContent = soundInWords(stats);
  $('#h-received').textContent = `${stats.framesReceived} frames`;
  $('#h-played').textContent = `${stats.framesPlayed} frames`;
}

/** The health card's first line, for people: is the sound steady, catching up after a hiccup, or off? */
function soundInWords(stats) {
  if (!auralis.listening) return 'off: press Play to listen';
  const now = performance.now();
  if (stats.underruns !== health.underruns || stats.gaps !== health.gaps) {
    health.underruns = stats.underruns;
    health.gaps = stats.gaps;
    health.hiccupAt = now;
  }

  if (stats.buffering || stats.depthMs < stats.targetMs / 2) return 'catching up: the sound is filling its buffer';
  if (now - health.hiccupAt < 5000) return 'catching up after a short gap';
  return 'steady';
}

const health = { underruns: 0, gaps: 0, hiccupAt: -Infinity };

/** Starts the audio (within a click, the gesture that lets the AudioContext start); false when it could not. */
async function startListening() {
  try {
    await player.start();
    player.reset();
    auralis.listening = true;
    if (socket) socket.subscribe($('#audio-format').value);
    $('#listen').textContent = '❚❚ Pause';
    $('#listen').setAttribute('aria-pressed', 'true');
    return true;
  } catch (error) {
    showError(new Error(`Audio could not start: ${error.message}`));
    return false;
  }
}

$('#listen').addEventListener('click', async () => {
  if (!auralis.listening) {
    await startListening();
    return;
  }

  auralis.listening = false;
  if (socket) socket.subscribe('none');
  await player.pause();
  $('#listen').textContent = '▶ Play';
  $('#listen').setAttribute('aria-pressed', 'false');
});

$('#audio-format').addEventListener('change', () => {
  if (!auralis.listening || !socket) return;
  // Stop, drain, then switch: chunks of both formats must never be in flight together.
  socket.subscribe('none');
  player.reset();
  opus.reset();
  setTimeout(() => auralis.listening && socket && socket.subscribe($('#audio-format').value), 250);
});

$('#mute').addEventListener('click', () => {
  const muted = $('#mute').getAttribute('aria-pressed') !== 'true';
  $('#mute').setAttribute('aria-pressed', String(muted));
  $('#mute').textContent = muted ? 'Unmute' : 'Mute';
  player.setMuted(muted);
});

$('#local-volume').addEventListener('input', (event) => {
  player.setVolume(Number(event.target.value));
  $('#local-volume-value').textContent = Number(event.target.value).toFixed(2);
});

// ---- drawing and routing ----------------------------------------------------------------------------------

function frame() {
  if (!$('#session-view').hidden) {
    const bpm = Number((auralis.session && auralis.session.parameters && auralis.session.parameters.bpm) || 96);
    // Between transport messages the roll moves at the tempo, but never more than a beat past the last one heard.
    const elapsed = clock.playing ? Math.min((performance.now() - clock.at) / 1000, 60 / bpm) : 0;
    roll.draw(clock.tick + elapsed * (bpm / 60) * TICKS_PER_QUARTER, position.ticksPerBar());
    chart.draw();
    meter.draw();
  }

  requestAnimationFrame(frame);
}

function route() {
  const match = location.hash.match(/^#\/sessions\/([^/]+)$/);
  if (match) {
    openSession(decodeURIComponent(match[1]));
  } else {
    closeSession();
    $('#session-view').hidden = true;
    $('#picker-view').hidden = false;
    showShared(sharedSession(location.hash));
    refreshSessions();
  }
}

// ---- a share link ---------------------------------------------------------------------------------------

let shared = null;

function showShared(request) {
  shared = request;
  $('#shared-card').hidden = !request;
  if (!request) return;
  const settings = Object.entries(request.parameters).map(([name, value]) => `${name} ${value}`).join(' · ');
  $('#shared-summary').textContent = `seed ${request.seed}${settings ? ` · ${settings}` : ''}`;
}

$('#create-shared').addEventListener('click', async () => {
  if (!shared) return;
  try {
    // The seed goes as its decimal string: a JavaScript number would round a 64-bit seed.
    const created = await api.createSession({ seed: shared.seed, parameters: shared.parameters });
    setStatus(`Created session ${created.id} from the shared seed and settings.`);
    location.hash = `#/sessions/${encodeURIComponent(created.id)}`;
  } catch (error) {
    showError(error);
  }
});

window.addEventListener('hashchange', route);
route();
requestAnimationFrame(frame);
