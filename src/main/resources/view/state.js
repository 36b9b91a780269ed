// The view's state and its deep link: /view/?entity=KEY&depth=1 opens on an entity's neighbourhood,
// /view/?n=40 on the most-mentioned entities; filters travel in the same query string.

export const DEFAULTS = { entity: null, depth: 1, n: 40, minMentions: 1, minWeight: 1, coMentions: false };

function int(v, dflt, min, max) {
  const x = Number.parseInt(v, 10);
  return Number.isFinite(x) && x >= min && x <= max ? x : dflt;
}

function list(v, known) {
  if (!v) return new Set(known);
  const wanted = new Set(v.split(',').map((s) => s.trim()));
  return new Set(known.filter((k) => wanted.has(k)));
}

/** The state a query string describes; unknown or bad values fall back to the defaults. */
export function parse(search, vocabulary) {
  const p = new URLSearchParams(search);
  const entity = p.get('entity');
  return {
    entity: entity && /^[A-Za-z0-9._~-]{1,200}$/.test(entity) ? entity : null,
    depth: int(p.get('depth'), DEFAULTS.depth, 1, 2),
    n: int(p.get('n'), DEFAULTS.n, 1, 500),
    minMentions: int(p.get('minMentions'), DEFAULTS.minMentions, 0, 1e9),
    minWeight: int(p.get('minWeight'), DEFAULTS.minWeight, 1, 1e9),
    coMentions: ['1', 'true', 'yes', 'on'].includes((p.get('coMentions') || '').toLowerCase()),
    types: list(p.get('type'), vocabulary.types.map((t) => t.type)),
    relTypes: list(p.get('relTypes'), vocabulary.relations.map((r) => r.relation)),
  };
}

/** Parameters for the API (and the query string): only what differs from "everything, defaults". */
export function params(state, vocabulary) {
  const out = {};
  if (state.types.size < vocabulary.types.length) out.type = [...state.types].join(',');
  if (state.relTypes.size < vocabulary.relations.length) out.relTypes = [...state.relTypes].join(',');
  if (state.minMentions !== DEFAULTS.minMentions) out.minMentions = state.minMentions;
  if (state.minWeight !== DEFAULTS.minWeight) out.minWeight = state.minWeight;
  if (state.coMentions) out.coMentions = 'true';
  return out;
}

/** Writes the state into the address bar without reloading, so the address is always a link to this view. */
export function remember(state, vocabulary) {
  const q = new URLSearchParams();
  if (state.entity) {
    q.set('entity', state.entity);
    q.set('depth', String(state.depth));
  } else if (state.n !== DEFAULTS.n) {
    q.set('n', String(state.n));
  }
  for (const [k, v] of Object.entries(params(state, vocabulary))) q.set(k, String(v));
  const s = q.toString();
  history.replaceState(null, '', s ? `?${s}` : location.pathname);
}
