// The side panel of the selected entity: name, types, other names, identities, roles, quotes and relations,
// each fact with its evidence sentence and article (prepared query entity-detail).
import { el, spaced } from './dom.js';
import { colour } from './palette.js';
import { query } from './api.js';

const WIKIDATA = 'http://www.wikidata.org/entity/';
const ENTITY = 'https://w3id.org/newsgraph/id/entity/';

function wikidataId(iri) {
  if (!iri || !iri.startsWith(WIKIDATA)) return null;
  const id = iri.slice(WIKIDATA.length);
  return /^[QPL][0-9]+$/.test(id) ? id : null;
}

/** The key of an entity IRI, or null for anything else. */
export function keyOf(iri) {
  return iri && iri.startsWith(ENTITY) ? iri.slice(ENTITY.length) : null;
}

function section(title, items) {
  return items.length === 0 ? null : [el('h3', {}, title), el('ul', { class: 'facts' }, ...items)];
}

function evidence(row) {
  return [
    row.evidence ? el('blockquote', { class: 'evidence' }, row.evidence) : null,
    row.article ? el('div', { class: 'source' }, row.article) : null,
  ];
}

/** Fills {@code panel} with what the store says of the entity {@code key}; {@code open(key)} follows a link. */
export async function showEntity(panel, key, node, actions) {
  const iri = ENTITY + key;
  const rows = await query('entity-detail', { entity: `<${iri}>` });
  const button = (otherIri, name) => {
    const k = keyOf(otherIri);
    return k ? el('button', { class: 'entity', type: 'button', 'data-entity': k, onclick: () => actions.open(k) }, name)
      : el('span', {}, name);
  };
  const by = (aspect) => rows.filter((r) => r.aspect === aspect);
  const name = (by('name')[0] || {}).detail || (node ? node.label : key);
  const kind = node ? node.kind : '';
  const parts = [el('h2', {}, name)];
  parts.push(el('div', { class: 'types' }, ...by('type').map((r) => r.detail).sort((a, b) => (a === kind) - (b === kind))
    .map((t) => el('span', { class: 'badge', style: { background: colour(t) } }, spaced(t)))));
  if (node) parts.push(el('p', { class: 'mentions' }, `Named ${node.mentions} times`));
  const aliases = by('alias').map((r) => r.detail);
  if (aliases.length) parts.push(el('p', { class: 'aliases' }, 'Also called: ', aliases.join(', ')));
  const ids = by('wikidata').map((r) => wikidataId(r.detail)).filter((x) => x)
    .map((q) => el('a', { href: `https://www.wikidata.org/wiki/${q}`, target: '_blank', rel: 'noopener noreferrer',
      class: 'wikidata' }, `Wikidata ${q}`));
  ids.push(el('a', { href: new URL(`../id/entity/${encodeURIComponent(key)}`, document.baseURI).href, class: 'data' },
    'Entity page'));
  parts.push(el('p', { class: 'ids' }, ...ids.flatMap((a, i) => (i ? [' · ', a] : [a]))));
  parts.push(el('p', { class: 'actions' },
    el('button', { type: 'button', id: 'expand', onclick: () => actions.expand(key) }, 'Expand neighbours'),
    ' ', el('button', { type: 'button', id: 'focus', onclick: () => actions.focus(key) }, 'Show only its neighbourhood')));

  const roles = by('role').map((r) => el('li', { class: 'role' }, el('span', { class: 'fact' }, r.detail),
    r.other ? [' — ', button(r.otherEntity, r.other)] : null, ...evidence(r)));
  const held = by('role held in it').map((r) => el('li', { class: 'role' }, button(r.otherEntity, r.other), ': ',
    el('span', { class: 'fact' }, r.detail), ...evidence(r)));
  const said = by('said').map((r) => el('li', { class: 'said' }, el('span', { class: 'quote' }, r.detail),
    el('div', { class: 'speaker' }, '— ', r.other || name), ...evidence(r)));
  const about = by('quoted about it').map((r) => el('li', { class: 'about' }, el('span', { class: 'quote' }, r.detail),
    el('div', { class: 'speaker' }, '— ', r.other ? button(r.otherEntity, r.other) : 'unattributed'), ...evidence(r)));
  const relations = by('relation').map((r) => el('li', { class: 'relation' }, el('span', { class: 'fact' }, name), ' ',
    el('span', { class: 'rel' }, r.detail), ' ', button(r.otherEntity, r.other), ...evidence(r)));
  const inverse = by('inverse relation').map((r) => el('li', { class: 'relation' }, button(r.otherEntity, r.other),
    ' ', el('span', { class: 'rel' }, r.detail), ' ', el('span', { class: 'fact' }, name), ...evidence(r)));
  const sections = [section('Roles', roles), section('Roles held in it', held), section('Quotes', said),
    section('Quoted about it', about), section('Relations', relations.concat(inverse))].filter((s) => s);
  if (sections.length === 0) sections.push([el('p', { class: 'hint' }, 'No roles, quotes or relations recorded.')]);
  panel.replaceChildren(...parts, ...sections.flat());
}
