// A share link: a session's seed and settings in a URL (#/new?seed=…&key=…), which opens the page on a card that
// creates a session of one's own playing the same music. Sample names are left out: samples belong to their node.

const SHARE_ROUTE = '#/new?';

/** Whether a parameter travels in a share link: everything but the sample library's names. */
const portable = (name) => !name.endsWith('.sample') && !name.startsWith('kit.');

/** The link that recreates a session of `seed` (decimal digits) and `parameters`. */
export function shareLink(seed, parameters) {
  const query = new URLSearchParams({ seed: String(seed) });
  for (const [name, value] of Object.entries(parameters || {})) {
    if (portable(name) && value !== '' && value !== null && value !== undefined) query.set(name, String(value));
  }

  return `${location.origin}${location.pathname}${SHARE_ROUTE}${query}`;
}

/** The create request a share link's hash holds, or null when the hash is not one. */
export function sharedSession(hash) {
  if (!hash.startsWith(SHARE_ROUTE)) return null;
  const query = new URLSearchParams(hash.slice(SHARE_ROUTE.length));
  const seed = query.get('seed');
  const parameters = {};
  for (const [name, value] of query) {
    if (name === 'seed' || !portable(name)) continue;
    // Numbers go back as numbers (bpm, intensity, gains); words stay words (key, mode, "4/4").
    parameters[name] = /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(value) ? Number(value) : value;
  }

  return /^\d+$/.test(seed || '') ? { seed, parameters } : null;
}
