// The server calls: the view's JSON API (/view/api/...) for what is drawn, and the prepared query
// entity-detail for the side panel.

const API = new URL('api/', document.baseURI);
const QUERIES = new URL('../newsgraph/queries/', document.baseURI);

async function getJson(url, accept) {
  const resp = await fetch(url, { headers: { Accept: accept } });
  const body = await resp.json().catch(() => ({}));
  if (!resp.ok) throw new Error(body.error || `${resp.status} ${resp.statusText}`);
  return body;
}

/** Calls /view/api/NAME with the given parameters (empty values are left out). */
export function api(name, params = {}) {
  const url = new URL(name, API);
  for (const [k, v] of Object.entries(params)) {
    if (v !== '' && v !== null && v !== undefined) url.searchParams.set(k, String(v));
  }
  return getJson(url, 'application/json');
}

/** Runs a prepared query and returns its rows as objects of plain strings. */
export async function query(name, params = {}) {
  const url = new URL(encodeURIComponent(name), QUERIES);
  url.searchParams.set('format', 'json');
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const body = await getJson(url, 'application/sparql-results+json');
  return body.results.bindings.map((b) => {
    const row = {};
    for (const [k, v] of Object.entries(b)) row[k] = v.value;
    return row;
  });
}
