// Where an expansion's new entities go: on rings around the expanded entity, in the order the server ranked
// them (strongest link first, so nearest), on free places only. Deterministic and linear in what it places (no
// force layout): what was already drawn keeps its place, and a tap costs the same on a big graph as a small one.

const GAP = 26; // free model units between two circles
const WIDER = [1.25, 2]; // rings are wider than high, like labels and the canvas: by the canvas's ratio, within these
const LABEL = 22; // model units a label takes below its circle

/** Slots on ring {@code k} around (0,0): an ellipse whose height steps by {@code step}; odd rings staggered. */
function ring(k, first, step, aspect) {
  const ry = first + k * step;
  const count = Math.max(6, Math.floor((2 * Math.PI * ry) / step));
  const turn = (2 * Math.PI) / count;
  const offset = k % 2 ? turn / 2 : 0;
  const slots = [];
  for (let i = 0; i < count; i++) {
    const a = offset + i * turn - Math.PI / 2;
    slots.push({ x: aspect * ry * Math.cos(a), y: ry * Math.sin(a) });
  }
  return slots;
}

/** Whether a circle of diameter {@code size} at (x,y) keeps clear of every obstacle, label room included. */
function free(x, y, size, obstacles, aspect) {
  for (const o of obstacles) {
    const need = (size + o.size) / 2 + GAP;
    const dx = (x - o.x) / aspect;
    const dy = y - o.y;
    if (dx * dx + dy * dy < need * need) return false;
  }
  return true;
}

/**
 * Positions for the {@code added} nodes (a list of {@code {size}}) around {@code centre} ({@code {x, y, size}}),
 * away from the {@code obstacles} ({@code {x, y, size}} each), on rings {@code aspect} times wider than high: a list
 * of {@code {x, y}} in the same order. Pure: reads its arguments only.
 */
export function ringPlaces(centre, added, obstacles, aspect) {
  if (added.length === 0) return [];
  const biggest = added.reduce((m, n) => Math.max(m, n.size), 0);
  const step = biggest + GAP + LABEL;
  const first = (centre.size + biggest) / 2 + GAP + LABEL;
  const taken = obstacles.slice();
  const places = [];
  for (let k = 0; places.length < added.length && k < 1000; k++) {
    for (const s of ring(k, first, step, aspect)) {
      if (places.length === added.length) break;
      const size = added[places.length].size;
      const x = centre.x + s.x;
      const y = centre.y + s.y;
      if (!free(x, y, size, taken, aspect)) continue;
      places.push({ x, y });
      taken.push({ x, y, size });
    }
  }
  return places;
}

/** Puts the nodes {@code added} (a Cytoscape collection) on free rings around {@code anchor}. */
export function placeAround(cy, anchor, added) {
  const fresh = new Set(added.map((n) => n.id()));
  const obstacles = [];
  cy.nodes(':visible').forEach((n) => {
    if (fresh.has(n.id())) return;
    const p = n.position();
    obstacles.push({ x: p.x, y: p.y, size: n.data('size') });
  });
  const at = anchor.position();
  const aspect = Math.min(WIDER[1], Math.max(WIDER[0], cy.width() / Math.max(1, cy.height())));
  const places = ringPlaces({ x: at.x, y: at.y, size: anchor.data('size') },
    added.map((n) => ({ size: n.data('size') })), obstacles, aspect);
  cy.batch(() => added.forEach((n, i) => n.position(places[i])));
}
