// The filter panel: entity types, relation types, minimum mentions and edge weight, co-mentions, depth and
// top N. Hiding is immediate (on what is drawn); the same settings go with every later call to the server.
import { $, el, spaced } from './dom.js';
import { colour } from './palette.js';

function checkbox(attrs, checked, onChange, ...label) {
  const input = el('input', { type: 'checkbox', ...attrs });
  input.checked = checked;
  input.addEventListener('change', onChange);
  return el('label', {}, input, ...label);
}

/** Builds the controls from the vocabulary and the state; {@code changed(what)} is told of each change. */
export function buildFilters(vocabulary, state, changed) {
  const types = $('types');
  types.replaceChildren(...vocabulary.types.map((t) => {
    const label = checkbox({ 'data-type': t.type, value: t.type }, state.types.has(t.type), (ev) => {
      if (ev.target.checked) state.types.add(t.type); else state.types.delete(t.type);
      changed('hide');
    }, el('span', { class: 'swatch', style: { background: colour(t.type) } }), spaced(t.type),
    el('span', { class: 'n', 'data-count': t.type }));
    label.className = t.type === t.kind ? 'top' : 'sub';
    return label;
  }));
  $('relations').replaceChildren(...vocabulary.relations.map((r) => checkbox(
    { 'data-relation': r.relation, value: r.relation }, state.relTypes.has(r.relation), (ev) => {
      if (ev.target.checked) state.relTypes.add(r.relation); else state.relTypes.delete(r.relation);
      changed('hide');
    }, r.label, el('span', { class: 'n', 'data-count': r.relation }))));
  const number = (id, key, what) => {
    const input = $(id);
    input.value = String(state[key]);
    input.addEventListener('change', () => {
      const v = Number.parseInt(input.value, 10);
      if (Number.isFinite(v) && v >= Number(input.min)) state[key] = v;
      input.value = String(state[key]);
      changed(what);
    });
  };
  number('min-mentions', 'minMentions', 'hide');
  number('min-weight', 'minWeight', 'hide');
  number('top-n', 'n', 'top');
  $('depth').value = String(state.depth);
  $('depth').addEventListener('change', () => { state.depth = Number($('depth').value); changed('depth'); });
  $('co-mentions').checked = state.coMentions;
  $('co-mentions').addEventListener('change', () => { state.coMentions = $('co-mentions').checked; changed('reload'); });
  $('show-top').addEventListener('click', () => changed('top'));
}

/** Shows what the filters let through and hides the rest; the focus entity always stays. */
export function applyFilters(cy, state) {
  // decided from the data alone, then set in two calls per kind: reading styles back would restyle one by one
  const shown = new Set();
  const nodes = cy.nodes().filter((n) => {
    const keep = n.id() === state.entity || (state.types.has(n.data('type'))
      && n.data('mentions') >= state.minMentions);
    if (keep) shown.add(n.id());
    return keep;
  });
  const edges = cy.edges().filter((e) => {
    const rel = e.data('relation');
    return (rel === 'coMention' ? state.coMentions : state.relTypes.has(rel))
      && e.data('weight') >= state.minWeight && shown.has(e.data('source')) && shown.has(e.data('target'));
  });
  cy.batch(() => {
    nodes.style('display', 'element');
    cy.nodes().not(nodes).style('display', 'none');
    edges.style('display', 'element');
    cy.edges().not(edges).style('display', 'none');
  });
  counts(cy, 'types', 'node', 'type');
  counts(cy, 'relations', 'edge', 'relation');
}

/** How many of each type (or relation) are loaded, beside its checkbox. */
function counts(cy, box, selector, key) {
  const c = new Map();
  cy.$(selector).forEach((x) => c.set(x.data(key), (c.get(x.data(key)) || 0) + 1));
  $(box).querySelectorAll('[data-count]').forEach((span) => {
    span.textContent = c.has(span.dataset.count) ? String(c.get(span.dataset.count)) : '';
  });
}
