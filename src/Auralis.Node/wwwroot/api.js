// REST calls to the node (/api/v1/sessions), with the token kept in sessionStorage as the bearer, and RFC 7807
// problem responses turned into errors a person can read.

const TOKEN_KEY = 'auralis.token';

/** An answer that was not a success: the HTTP status and the problem's title and detail. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** Called with every 401, so the page can ask for a token. */
export const hooks = { unauthorized: () => {} };

async function request(method, path, body) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let answer;
  try {
    answer = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    throw new ApiError(0, 'The node cannot be reached', error.message);
  }

  if (answer.status === 401) hooks.unauthorized();
  if (answer.status === 204) return null;
  const text = await answer.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a proxy's error page, say): the status line is all there is to show.
  }

  if (!answer.ok) {
    const retry = answer.headers.get('Retry-After');
    const title = (json && json.title) || `${answer.status} ${answer.statusText}`;
    const detail = (json && json.detail) || (retry ? `try again in ${retry} s` : '');
    throw new ApiError(answer.status, title, detail);
  }

  return json;
}

export const listSessions = async () => (await request('GET', '/api/v1/sessions')).sessions;
export const getSession = (id) => request('GET', `/api/v1/sessions/${encodeURIComponent(id)}`);
export const createSession = (body) => request('POST', '/api/v1/sessions', body);
export const deleteSession = (id) => request('DELETE', `/api/v1/sessions/${encodeURIComponent(id)}`);

const session = (id) => `/api/v1/sessions/${encodeURIComponent(id)}`;

/** The last `seconds` of what the session composed, as the wire's note, chord, price and trade messages. */
export const recent = async (id, seconds = 120) => (await request('GET', `${session(id)}/recent?seconds=${seconds}`)).messages;
export const listPresets = async (id) => (await request('GET', `${session(id)}/presets`)).presets;
export const savePreset = (id, name) => request('POST', `${session(id)}/presets`, { name });
export const loadPreset = (id, name) => request('POST', `${session(id)}/presets/${encodeURIComponent(name)}/load`);

/**
 * The session's seed and parameters as the node holds them now: the seed exactly, as the decimal digits the node wrote
 * (seeds are 64-bit, and JSON.parse would round any above 2^53; the node takes the seed back as a string, so it
 * round-trips), the parameters from the same answer, so a page that has not heard the session's state yet still shares
 * the session as it is.
 */
export async function seedAndParameters(id) {
  const headers = { Accept: 'application/json' };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  const answer = await fetch(session(id), { headers });
  if (!answer.ok) throw new ApiError(answer.status, `${answer.status} ${answer.statusText}`, '');
  const text = await answer.text();
  const match = text.match(/"seed"\s*:\s*"?(\d+)/);
  if (!match) throw new ApiError(0, 'The node did not say the session\'s seed', '');
  return { seed: match[1], parameters: JSON.parse(text).parameters || {} };
}

/**
 * Fetches `path` (with the token, which a plain link cannot carry) and hands it to the browser as a download named
 * `filename`; problems are thrown as for any other call.
 */
export async function download(path, filename) {
  const headers = {};
  if (token()) headers.Authorization = `Bearer ${token()}`;
  let answer;
  try {
    answer = await fetch(path, { headers });
  } catch (error) {
    throw new ApiError(0, 'The node cannot be reached', error.message);
  }

  if (answer.status === 401) hooks.unauthorized();
  if (!answer.ok) {
    let problem = null;
    try {
      problem = await answer.json();
    } catch {
      // Not a problem response: the status line says it.
    }

    throw new ApiError(answer.status, (problem && problem.title) || `${answer.status} ${answer.statusText}`, (problem && problem.detail) || '');
  }

  const url = URL.createObjectURL(await answer.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
