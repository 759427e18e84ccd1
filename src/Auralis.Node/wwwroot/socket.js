// The session's WebSocket: /ws/sessions/{id}?audio=f32|pcm16|none&access_token=T. Text frames are JSON messages
// with a `type`; binary frames are audio chunks. It reconnects with a growing pause (0.5 s up to 10 s) when the line
// drops or the node closes it (its node is leaving: the cluster moves the session, and this node's address reaches it
// again through any node that serves the page), and stops for good only when the session is gone (`closing` for a
// deleted or failed session, or `unknown-session`) or when asked to. A session that moves while the node stays keeps
// the socket: the node follows it and says `moved`.

// The reasons of a `closing` after which the session does not come back.
const FINAL_REASONS = ['deleted', 'failed'];

export class SessionSocket {
  constructor(sessionId, { token, audio, onMessage, onAudio, onState }) {
    this.sessionId = sessionId;
    this.token = token;
    this.audio = audio;
    this.onMessage = onMessage;
    this.onAudio = onAudio;
    this.onState = onState;
    this.ws = null;
    this.closed = false;
    this.retryMs = 500;
    this.format = 'none';
    this.connect();
  }

  url() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const query = new URLSearchParams({ audio: this.audio });
    if (this.token) query.set('access_token', this.token);
    return `${scheme}://${location.host}/ws/sessions/${encodeURIComponent(this.sessionId)}?${query}`;
  }

  connect() {
    this.onState('connecting');
    const ws = new WebSocket(this.url());
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    ws.onopen = () => {
      this.retryMs = 500;
      this.onState('open');
    };
    ws.onmessage = (event) => {
      if (typeof event.data === 'string') {
        let message;
        try {
          message = JSON.parse(event.data);
        } catch {
          return;
        }

        if (message.type === 'welcome') this.format = message.format;
        if (message.type === 'closing' && FINAL_REASONS.includes(message.reason)) this.closed = true;
        // A session that does not exist will not appear by asking again: stop rather than retry forever.
        if (message.type === 'error' && message.code === 'unknown-session') this.closed = true;
        this.onMessage(message);
      } else {
        this.onAudio(event.data, this.format);
      }
    };
    ws.onclose = (event) => {
      if (this.ws !== ws) return;
      if (this.closed) {
        this.onState('closed', event.reason);
        return;
      }

      this.onState('reconnecting', event.reason || `code ${event.code}`);
      setTimeout(() => !this.closed && this.connect(), this.retryMs);
      this.retryMs = Math.min(10000, this.retryMs * 2);
    };
  }

  /** Sends one client message (param, params, transport, price, subscribe, ping); false when not connected. */
  send(message) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  /** Switches the audio format (f32, pcm16 or none); it also holds across reconnects. */
  subscribe(audio) {
    this.audio = audio;
    // Chunks after the switch come in the new format (switch only from or to none, so none are in flight).
    this.format = audio;
    this.send({ type: 'subscribe', audio });
  }

  close() {
    this.closed = true;
    if (this.ws) this.ws.close(1000, 'client closed');
  }
}
