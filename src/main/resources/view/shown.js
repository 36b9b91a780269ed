// The list of the entities on screen, most-mentioned first: the graph's labels as text, for reading, for
// keyboards and screen readers, and for tests.
import { $, el } from './dom.js';
import { colour } from './palette.js';

const MAX = 150;

export function listShown(cy, select) {
  const nodes = cy.nodes(':visible').sort((a, b) => b.data('mentions') - a.data('mentions')
    || a.data('label').localeCompare(b.data('label')));
  $('shown-count').textContent = String(nodes.length);
  $('shown').replaceChildren(...nodes.slice(0, MAX).map((n) => el('li', {},
    el('button', { type: 'button', class: n.selected() ? 'entity selected' : 'entity', 'data-entity': n.id(),
      onclick: () => select(n.id()) },
    el('span', { class: 'swatch', style: { background: colour(n.data('type')) } }), el('span', { class: 'name' }, n.data('label')),
    el('span', { class: 'n' }, String(n.data('mentions')))))));
}
