// The search box: names and other names through /view/api/search, ranked by the server; a click or Enter
// opens the (first) match.
import { $, el } from './dom.js';
import { colour } from './palette.js';
import { api } from './api.js';

export function searchBox(extraParams, open) {
  const input = $('search');
  const list = $('matches');
  let hits = [];
  let ticket = 0;
  let timer = 0;
  const close = () => { list.hidden = true; list.replaceChildren(); };
  const choose = (hit) => { close(); input.value = hit.label; open(hit.key); };
  const lookup = async () => {
    const text = input.value.trim();
    const mine = ++ticket;
    if (!text) { hits = []; close(); return hits; }
    const found = await api('search', { q: text, n: 12, ...extraParams() });
    if (mine !== ticket) return hits;
    hits = found.nodes;
    list.replaceChildren();
    if (hits.length === 0) list.append(el('li', { class: 'none' }, 'No entity of that name'));
    hits.forEach((h, i) => list.append(el('li', { role: 'option', class: i === 0 ? 'active' : '', 'data-entity': h.key,
      onmousedown: (ev) => { ev.preventDefault(); choose(h); } },
    el('span', { class: 'swatch', style: { background: colour(h.type) } }), h.label,
    el('span', { class: 'via' }, String(h.mentions)))));
    list.hidden = false;
    return hits;
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(lookup, 120); });
  input.addEventListener('keydown', async (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      clearTimeout(timer);
      const found = await lookup();
      if (found.length > 0) choose(found[0]);
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
