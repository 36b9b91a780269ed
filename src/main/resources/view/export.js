// PNG and SVG of what is on screen. The PNG is Cytoscape's own rendering; the SVG is drawn here from the same
// positions (circles, straight lines, arrows, labels), as no SVG exporter for Cytoscape is available offline.
const SVG = 'http://www.w3.org/2000/svg';

function download(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function exportPng(cy) {
  download(cy.png({ output: 'blob', bg: '#ffffff', full: false, scale: 2 }), 'newsgraph-view.png');
}

function node(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The shown graph as an SVG document (a string), in screen coordinates of the canvas. */
export function svgOf(cy) {
  const w = cy.width();
  const h = cy.height();
  const zoom = cy.zoom();
  const svg = node('svg', { xmlns: SVG, width: w, height: h, viewBox: `0 0 ${w} ${h}`,
    'font-family': 'DejaVu Sans, sans-serif' });
  const defs = node('defs', {});
  defs.append(node('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7,
    markerHeight: 7, orient: 'auto-start-reverse' }));
  defs.firstChild.append(node('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#8a94a3' }));
  svg.append(node('rect', { width: w, height: h, fill: '#ffffff' }), defs);
  cy.edges(':visible').forEach((e) => {
    const s = e.source().renderedPosition();
    const t = e.target().renderedPosition();
    const r = (e.target().renderedWidth() / 2) + 2;
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const co = e.data('relation') === 'coMention';
    svg.append(node('line', { x1: s.x, y1: s.y, x2: t.x - ((t.x - s.x) * r) / len, y2: t.y - ((t.y - s.y) * r) / len,
      stroke: co ? '#c3cad4' : '#8a94a3', 'stroke-width': Math.max(1, e.data('width') * zoom),
      'stroke-dasharray': co ? '5 4' : 'none', 'marker-end': co ? 'none' : 'url(#arrow)' },
    ));
  });
  cy.nodes(':visible').forEach((n) => {
    const p = n.renderedPosition();
    const r = n.renderedWidth() / 2;
    svg.append(node('circle', { cx: p.x, cy: p.y, r, fill: n.data('colour'), stroke: '#ffffff' }));
    if (n.hasClass('labelled')) {
      svg.append(node('text', { x: p.x, y: p.y + r + 14, 'text-anchor': 'middle', 'font-size': 13, fill: '#1f2933',
        stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke' }, n.data('label')));
    }
  });
  return new XMLSerializer().serializeToString(svg);
}

export function exportSvg(cy) {
  download(new Blob([svgOf(cy)], { type: 'image/svg+xml' }), 'newsgraph-view.svg');
}
