// newsgraph's entity graph view. Every piece of data comes from the server's prepared-query API
// (/newsgraph/queries/NAME); every piece of data is shown as text (textContent, text nodes, Cytoscape labels),
// never parsed as markup.

const QUERIES = new URL('../newsgraph/queries/', document.baseURI);
const WIKIDATA = 'http://www.wikidata.org/entity/';
const SEP = '|';

/** Colours per ng: class, in families: people red, organisations blue and purple, places green. */
const PALETTE = {
  Person: '#d1495b',
  Organization: '#3867b5',
  Company: '#5b9bd5',
  GovernmentBody: '#1d3b70',
  MediaOrganization: '#8e6bbf',
  PoliticalOrganization: '#c27ba0',
  Place: '#2e8b57',
  Country: '#3aa655',
  City: '#9ccc65',
  Region: '#00897b',
};
const KIND_COLOUR = { Person: '#d1495b', Organization: '#3867b5', Place: '#2e8b57' };
const KIND_ORDER = ['Person', 'Organization', 'Place'];

const $ = (id) => document.getElementById(id);

/** An element with attributes and children; string children become text nodes. */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k === 'style') Object.assign(e.style, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  const add = (c) => {
    if (Array.isArray(c)) c.forEach(add);
    else if (c !== null && c !== undefined && c !== false) e.append(c);
  };
  children.forEach(add);
  return e;
}

/** Runs a prepared query and returns its rows as objects of plain strings. */
async function query(name, params = {}) {
  const url = new URL(encodeURIComponent(name), QUERIES);
  url.searchParams.set('format', 'json');
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const resp = await fetch(url, { headers: { Accept: 'application/sparql-results+json' } });
  const body = await resp.json().catch(() => ({}));
  if (!resp.ok) throw new Error(`${name}: ${body.error || resp.status + ' ' + resp.statusText}`);
  return body.results.bindings.map((b) => {
    const row = {};
    for (const [k, v] of Object.entries(b)) row[k] = v.value;
    return row;
  });
}

function colour(type, kind) {
  return PALETTE[type] || KIND_COLOUR[kind] || '#8a94a3';
}

function split(s) {
  return s ? s.split(SEP).filter((x) => x.length > 0) : [];
}

function wikidataId(iri) {
  if (!iri || !iri.startsWith(WIKIDATA)) return null;
  const id = iri.slice(WIKIDATA.length);
  return /^[QPL][0-9]+$/.test(id) ? id : null;
}

// ---------------------------------------------------------------- graph

function nodeSize(mentions) {
  return Math.min(90, 22 + 11 * Math.sqrt(mentions));
}

function elements(nodes, edges) {
  const known = new Set(nodes.map((n) => n.entity));
  const els = nodes.map((n) => {
    const mentions = Number(n.mentions || 0);
    return {
      group: 'nodes',
      data: {
        id: n.entity, label: n.name, type: n.type, kind: n.kind, mentions,
        size: nodeSize(mentions), colour: colour(n.type, n.kind),
        articles: split(n.articles), aliases: split(n.aliases), wikidata: n.wikidata || '',
      },
    };
  });
  const merged = new Map();
  for (const e of edges) {
    if (!known.has(e.subject) || !known.has(e.object) || e.subject === e.object) continue;
    const key = JSON.stringify([e.subject, e.property, e.object]);
    let m = merged.get(key);
    if (!m) {
      m = { group: 'edges', data: { id: 'e' + merged.size, source: e.subject, target: e.object,
        label: e.relation, articles: [] } };
      merged.set(key, m);
    }
    if (e.article && !m.data.articles.includes(e.article)) m.data.articles.push(e.article);
  }
  return els.concat([...merged.values()]);
}

/** The stylesheet; label sizes follow the zoom so that labels stay at least 10 px on screen. */
const style = (zoom) => [
  { selector: 'node', style: {
    'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)',
    label: 'data(label)', 'font-size': () => Math.max(11, 10 / zoom()), color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 4,
    'text-outline-color': '#fff', 'text-outline-width': 2, 'text-wrap': 'ellipsis', 'text-max-width': 140,
    'border-width': 1, 'border-color': '#fff',
  } },
  { selector: 'edge', style: {
    width: 1.6, 'line-color': '#b9c2cf', 'target-arrow-color': '#b9c2cf', 'target-arrow-shape': 'triangle',
    'arrow-scale': 0.9, 'curve-style': 'bezier', opacity: 0.9,
  } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705' } },
  { selector: '.faded', style: { opacity: 0.28, 'text-opacity': 0.4 } },
  { selector: 'edge.near', style: {
    width: 2.4, 'line-color': '#5f6b7a', 'target-arrow-color': '#5f6b7a', label: 'data(label)', 'font-size': () => Math.max(10, 9 / zoom()),
    color: '#3b4654', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.9,
    'text-background-padding': 2,
  } },
  { selector: 'edge:selected', style: { label: 'data(label)', 'font-size': () => Math.max(10, 9 / zoom()), 'line-color': '#2454a6',
    'target-arrow-color': '#2454a6', 'text-rotation': 'autorotate', 'text-background-color': '#fff',
    'text-background-opacity': 0.9 } },
];

// ---------------------------------------------------------------- filters and legend

function legend(cy, onChange) {
  const counts = new Map();
  cy.nodes().forEach((n) => {
    const key = n.data('type');
    const c = counts.get(key) || { type: key, kind: n.data('kind'), colour: n.data('colour'), n: 0 };
    c.n += 1;
    counts.set(key, c);
  });
  const rank = (k) => (KIND_ORDER.indexOf(k) < 0 ? KIND_ORDER.length : KIND_ORDER.indexOf(k));
  const types = [...counts.values()].sort((a, b) => rank(a.kind) - rank(b.kind)
    || (a.type === a.kind ? -1 : 0) - (b.type === b.kind ? -1 : 0) || a.type.localeCompare(b.type));
  const box = $('types');
  box.replaceChildren();
  for (const t of types) {
    const input = el('input', { type: 'checkbox', value: t.type, 'data-type': t.type });
    input.checked = true;
    input.addEventListener('change', onChange);
    const nested = t.type !== t.kind && counts.has(t.kind);
    box.append(el('label', { class: nested ? 'sub' : 'top' }, input,
      el('span', { class: 'swatch', style: { background: t.colour } }), spaced(t.type),
      el('span', { class: 'n' }, String(t.n))));
  }
}

/** "GovernmentBody" as "Government body". */
function spaced(type) {
  const s = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function articleChoices(cy) {
  const all = new Set();
  cy.nodes().forEach((n) => n.data('articles').forEach((a) => all.add(a)));
  cy.edges().forEach((e) => e.data('articles').forEach((a) => all.add(a)));
  const select = $('article');
  for (const a of [...all].sort()) select.append(el('option', { value: a }, a));
}

function applyFilters(cy) {
  const shown = new Set([...document.querySelectorAll('#types input:checked')].map((i) => i.value));
  const article = $('article').value;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const visible = shown.has(n.data('type')) && (!article || n.data('articles').includes(article));
      n.style('display', visible ? 'element' : 'none');
    });
    cy.edges().forEach((e) => {
      const visible = e.source().visible() && e.target().visible()
        && (!article || e.data('articles').includes(article));
      e.style('display', visible ? 'element' : 'none');
    });
  });
  $('counts').textContent = `${cy.nodes(':visible').length} entities · ${cy.edges(':visible').length} relations`;
}

// ---------------------------------------------------------------- search

/** Nodes whose name or an alias contains the text: exact matches first, then prefixes, then the rest. */
function search(cy, text) {
  const q = text.trim().toLowerCase();
  if (!q) return [];
  const hits = [];
  cy.nodes().forEach((n) => {
    let best = null;
    for (const [i, name] of [n.data('label'), ...n.data('aliases')].entries()) {
      const l = name.toLowerCase();
      const pos = l.indexOf(q);
      if (pos < 0) continue;
      const score = (l === q ? 0 : pos === 0 || l.includes(' ' + q) ? 1 : 2) * 2 + (i === 0 ? 0 : 1);
      if (!best || score < best.score) best = { node: n, via: i === 0 ? null : name, score };
    }
    if (best) hits.push(best);
  });
  hits.sort((a, b) => a.score - b.score || b.node.data('mentions') - a.node.data('mentions')
    || a.node.data('label').localeCompare(b.node.data('label')));
  return hits;
}

function searchBox(cy, select) {
  const input = $('search');
  const list = $('matches');
  let hits = [];
  const close = () => { list.hidden = true; list.replaceChildren(); };
  const choose = (hit) => { close(); input.value = hit.node.data('label'); select(hit.node.id()); };
  input.addEventListener('input', () => {
    hits = search(cy, input.value).slice(0, 12);
    list.replaceChildren();
    if (!input.value.trim()) { close(); return; }
    if (hits.length === 0) list.append(el('li', { class: 'none' }, 'No entity of that name'));
    hits.forEach((h, i) => list.append(el('li', { role: 'option', class: i === 0 ? 'active' : '',
      'data-entity': h.node.id(), onmousedown: (ev) => { ev.preventDefault(); choose(h); } },
    el('span', { class: 'swatch', style: { background: h.node.data('colour') } }), h.node.data('label'), h.via ? el('span', { class: 'via' }, `(${h.via})`) : null)));
    list.hidden = false;
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      hits = search(cy, input.value);
      if (hits.length > 0) choose(hits[0]);
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}

// ---------------------------------------------------------------- the side panel

function entityButton(iri, name, select, cy) {
  if (iri && cy.getElementById(iri).nonempty()) {
    return el('button', { class: 'entity', type: 'button', 'data-entity': iri, onclick: () => select(iri) }, name);
  }
  return el('span', {}, name);
}

function evidence(row) {
  return [
    row.evidence ? el('blockquote', { class: 'evidence' }, row.evidence) : null,
    row.article ? el('div', { class: 'source' }, row.article) : null,
  ];
}

function section(title, items) {
  if (items.length === 0) return null;
  return [el('h3', {}, title), el('ul', { class: 'facts' }, ...items)];
}

function renderPanel(panel, iri, rows, cy, select) {
  const by = (aspect) => rows.filter((r) => r.aspect === aspect);
  const node = cy.getElementById(iri);
  const name = (by('name')[0] || {}).detail || (node.nonempty() ? node.data('label') : iri);
  const types = by('type').map((r) => r.detail);
  const aliases = by('alias').map((r) => r.detail);
  const wd = by('wikidata').map((r) => wikidataId(r.detail)).filter((x) => x);
  const kind = node.nonempty() ? node.data('kind') : '';
  const parts = [el('h2', {}, name)];
  parts.push(el('div', { class: 'types' }, ...types.sort((a, b) => (a === kind) - (b === kind))
    .map((t) => el('span', { class: 'badge', style: { background: colour(t, kind) } }, spaced(t)))));
  if (aliases.length) parts.push(el('p', { class: 'aliases' }, 'Also called: ', aliases.join(', ')));
  const ids = [];
  for (const q of wd) {
    ids.push(el('a', { href: `https://www.wikidata.org/wiki/${q}`, target: '_blank', rel: 'noopener noreferrer',
      class: 'wikidata' }, `Wikidata ${q}`));
  }
  const local = iri.match(/^https:\/\/w3id\.org\/newsgraph\/(id\/[A-Za-z0-9._~%/-]+)$/);
  if (local) ids.push(el('a', { href: new URL(`../${local[1]}`, document.baseURI).href, class: 'data' }, 'RDF description'));
  if (ids.length) parts.push(el('p', { class: 'ids' }, ...ids.flatMap((a, i) => (i ? [' · ', a] : [a]))));
  if (node.nonempty() && !node.visible()) parts.push(el('p', { class: 'note' }, 'Hidden in the graph by the filters.'));

  const roles = by('role').map((r) => el('li', { class: 'role' },
    el('span', { class: 'fact' }, r.detail), r.other ? [' — ', entityButton(r.otherEntity, r.other, select, cy)] : null,
    ...evidence(r)));
  const held = by('role held in it').map((r) => el('li', { class: 'role' },
    entityButton(r.otherEntity, r.other, select, cy), ': ', el('span', { class: 'fact' }, r.detail), ...evidence(r)));
  const said = by('said').map((r) => el('li', { class: 'said' },
    el('span', { class: 'quote' }, r.detail), el('div', { class: 'speaker' }, '— ', r.other || name),
    ...evidence(r)));
  const about = by('quoted about it').map((r) => el('li', { class: 'about' },
    el('span', { class: 'quote' }, r.detail),
    el('div', { class: 'speaker' }, '— ', r.other ? entityButton(r.otherEntity, r.other, select, cy) : 'unattributed'),
    ...evidence(r)));
  const relations = by('relation').map((r) => el('li', { class: 'relation' },
    el('span', { class: 'fact' }, name), ' ', el('span', { class: 'rel' }, r.detail), ' ',
    entityButton(r.otherEntity, r.other, select, cy), ...evidence(r)));
  const inverse = by('inverse relation').map((r) => el('li', { class: 'relation' },
    entityButton(r.otherEntity, r.other, select, cy), ' ', el('span', { class: 'rel' }, r.detail), ' ',
    el('span', { class: 'fact' }, name), ...evidence(r)));
  const sections = [
    section('Roles', roles), section('Roles held in it', held), section('Quotes', said),
    section('Quoted about it', about), section('Relations', relations.concat(inverse)),
  ].filter((s) => s);
  if (sections.length === 0) sections.push([el('p', { class: 'hint' }, 'No roles, quotes or relations recorded.')]);
  panel.replaceChildren(...parts, ...sections.flat());
}

// ---------------------------------------------------------------- start

async function start() {
  const status = $('status');
  let nodes;
  let edges;
  try {
    [nodes, edges] = await Promise.all([query('graph-nodes'), query('graph-edges')]);
  } catch (e) {
    status.textContent = `Cannot load the graph: ${e.message}`;
    status.classList.add('error');
    document.body.dataset.state = 'error';
    throw e;
  }
  let cy = null;
  cy = cytoscape({
    container: $('graph'), elements: elements(nodes, edges), style: style(() => (cy ? cy.zoom() : 1)),
    minZoom: 0.15, maxZoom: 4, wheelSensitivity: 0.3,
    layout: { name: 'cose', animate: false, padding: 30, idealEdgeLength: () => 60,
      nodeRepulsion: () => 6000, componentSpacing: 50, randomize: true },
  });
  cy.on('zoom', () => cy.style().update());
  cy.style().update();
  status.textContent = nodes.length === 0 ? 'The store has no entities yet.' : '';
  const panel = $('panel');
  let current = 0;

  async function select(iri) {
    const node = cy.getElementById(iri);
    cy.elements().unselect().removeClass('faded near');
    if (node.nonempty()) {
      node.select();
      const near = node.closedNeighborhood();
      cy.elements().not(near).addClass('faded');
      near.edges().addClass('near');
      if (node.visible()) {
        const at = node.position();
        cy.stop();
        cy.animate({ pan: { x: cy.width() / 2 - at.x * cy.zoom(), y: cy.height() / 2 - at.y * cy.zoom() } },
          { duration: 250 });
      }
    }
    const ticket = ++current;
    panel.dataset.state = 'loading';
    panel.dataset.entity = iri;
    try {
      const rows = await query('entity-detail', { entity: `<${iri}>` });
      if (ticket !== current) return;
      renderPanel(panel, iri, rows, cy, select);
      panel.scrollTop = 0;
      panel.dataset.state = 'loaded';
    } catch (e) {
      if (ticket !== current) return;
      panel.replaceChildren(el('p', { class: 'status error' }, `Cannot load ${iri}: ${e.message}`));
      panel.dataset.state = 'error';
    }
  }

  function clear() {
    current += 1;
    cy.elements().unselect().removeClass('faded near');
    panel.dataset.state = 'empty';
    delete panel.dataset.entity;
  }

  cy.on('tap', 'node', (ev) => select(ev.target.id()));
  cy.on('tap', (ev) => { if (ev.target === cy) clear(); });
  legend(cy, () => applyFilters(cy));
  articleChoices(cy);
  $('article').addEventListener('change', () => { applyFilters(cy); cy.fit(cy.elements(':visible'), 40); });
  searchBox(cy, select);
  applyFilters(cy);
  window.newsgraphView = {
    cy, select, search: (text) => search(cy, text).map((h) => h.node.id()),
  };
  document.body.dataset.state = 'ready';
}

start();
