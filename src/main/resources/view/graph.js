// The Cytoscape graph: what is drawn, how it is styled and laid out, and which labels show at which zoom.
/* global cytoscape, cytoscapeFcose */
import { colour } from './palette.js';
import { placeAround } from './place.js';

const FONT = 13; // on-screen label size in px, whatever the zoom
const LABEL_AREA = 9000; // one label per this many square pixels of canvas, at most

if (typeof cytoscapeFcose !== 'undefined') cytoscape.use(cytoscapeFcose);
const LAYOUT = typeof cytoscapeFcose !== 'undefined' ? 'fcose' : 'cose';

function nodeSize(mentions) {
  return Math.min(84, 22 + 9 * Math.log2(1 + mentions));
}

const screenFont = (cy, px) => () => px / Math.min(1, cy.zoom());

function style(cy) {
  return [
    { selector: 'node', style: {
      'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: '',
      'font-size': screenFont(cy, FONT), color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-outline-color': '#fff', 'text-outline-width': 2, 'text-wrap': 'ellipsis',
      'text-max-width': () => 160 / Math.min(1, cy.zoom()), 'border-width': 1, 'border-color': '#fff',
    } },
    { selector: 'node.labelled', style: { label: 'data(label)' } },
    { selector: 'edge', style: {
      width: 'data(width)', 'line-color': '#aeb8c6', 'target-arrow-color': '#aeb8c6',
      'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': 'bezier', opacity: 0.9,
    } },
    { selector: 'edge[relation = "coMention"]', style: {
      'line-style': 'dashed', 'target-arrow-shape': 'none', 'line-color': '#d3d9e1', opacity: 0.8,
    } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705' } },
    { selector: '.faded', style: { opacity: 0.22, 'text-opacity': 0.35 } },
    { selector: 'edge.near', style: { 'line-color': '#5f6b7a', 'target-arrow-color': '#5f6b7a' } },
    { selector: 'edge.told', style: {
      label: 'data(label)',
      'font-size': screenFont(cy, 11), color: '#3b4654', 'text-rotation': 'autorotate',
      'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': 2,
    } },
  ];
}

/** A graph in the given container; nothing drawn yet. */
export function createGraph(container) {
  let cy = null;
  cy = cytoscape({ container, minZoom: 0.1, maxZoom: 4, wheelSensitivity: 0.3, boxSelectionEnabled: false });
  cy.style(style(cy));
  let pending = 0;
  cy.on('zoom', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => fitLabels(cy));
  });
  return cy;
}

const styledAt = new WeakMap(); // per graph, the zoom its labels were last sized for

/**
 * Labels and sizes text for the current zoom, once per zoom: sizes follow the zoom, so what draws text is
 * restyled (a node gaining a label is restyled as it gains it). Called after a programmatic zoom, so that the
 * next frame draws the final picture, and by the zoom handler for the user's zooming; {@code force}: also when the
 * zoom is the same (the selection changed).
 */
export function fitLabels(cy, force = false) {
  if (!force && styledAt.get(cy) === cy.zoom()) return;
  styledAt.set(cy, cy.zoom());
  cy.batch(() => {
    labelBest(cy);
    cy.elements('node.labelled, edge.told').updateStyle();
  });
}

function edgeId(e) {
  return `${e.source}|${e.relation}|${e.target}`;
}

/**
 * Adds the API's nodes and edges (keys as ids) to the graph, updating those already there, in the API's order.
 * Returns the nodes that were added (unplaced: a layout or {@link layoutAround} places them).
 */
export function merge(cy, data) {
  const added = [];
  cy.batch(() => {
    for (const n of data.nodes) {
      const d = { id: n.key, iri: n.iri, label: n.label, type: n.type, kind: n.kind, mentions: n.mentions,
        size: nodeSize(n.mentions), colour: colour(n.type) };
      const old = cy.getElementById(n.key);
      if (old.nonempty()) {
        // a data change restyles the node: only when the store says something new of it
        if (old.data('label') !== d.label || old.data('mentions') !== d.mentions || old.data('type') !== d.type) old.data(d);
      } else {
        added.push(cy.add({ group: 'nodes', data: d }));
      }
    }
    for (const e of data.edges) {
      const id = edgeId(e);
      if (cy.getElementById(id).empty() && cy.getElementById(e.source).nonempty()
          && cy.getElementById(e.target).nonempty()) {
        cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, relation: e.relation,
          label: e.label, weight: e.weight, width: Math.min(6, 1.2 + Math.log2(e.weight)) } });
      }
    }
  });
  return cy.collection(added);
}

/** Lays the shown elements out over the whole canvas; {@code fresh} starts from random positions. */
export function layout(cy, fresh) {
  const eles = cy.elements(':visible');
  if (eles.empty()) return Promise.resolve();
  const options = LAYOUT === 'fcose'
    ? { name: 'fcose', quality: 'default', randomize: fresh, animate: false, fit: false, padding: 40,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 9000, idealEdgeLength: () => 110, nodeSeparation: 90, packComponents: true,
      tile: true, tilingPaddingVertical: 30, tilingPaddingHorizontal: 120 }
    : { name: 'cose', randomize: fresh, animate: false, fit: false, padding: 40, nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 110, componentSpacing: 80 };
  const run = eles.layout(options);
  const done = run.promiseOn('layoutstop');
  run.run();
  return done;
}

/**
 * Places only what an expansion added, on free rings around its entity (which stays where it is, as does the rest
 * of the picture): no force layout, so the cost follows the size of the expansion, not of the graph.
 */
export function layoutAround(cy, anchor, added) {
  if (added.nonempty() && anchor.nonempty()) placeAround(cy, anchor, added);
}

const measure = document.createElement('canvas').getContext('2d');
measure.font = '100px "Helvetica Neue", Helvetica, sans-serif'; // Cytoscape's default label font
const widths = new Map(); // label to its width at 100 px

/** Where the node's label would be drawn at {@code zoom}, in model units: centred below the node, ellipsised. */
function labelBox(n, zoom) {
  const px = FONT / Math.min(1, zoom);
  const label = n.data('label') || '';
  if (!widths.has(label)) widths.set(label, measure.measureText(label).width);
  const w = Math.min(widths.get(label) * px / 100, 160 / Math.min(1, zoom)) + 6 / zoom; // the 2 px outline and a gap
  const p = n.position();
  const top = p.y + n.data('size') / 2 + 3;
  return { x1: p.x - w / 2, x2: p.x + w / 2, y1: top, y2: top + 1.3 * px };
}

const meets = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Labels the most-mentioned shown nodes, as many as the canvas has room for, and the selection's neighbourhood
 * always; a label that would be drawn over one already given is left out (the On screen list names every node):
 * text over text reads as neither. {@code placed} false: before a layout, which makes room for every label given.
 */
export function labelBest(cy, placed = true) {
  const shown = cy.nodes(':visible');
  const budget = Math.max(12, Math.floor((cy.width() * cy.height()) / LABEL_AREA / Math.max(1, 1 / cy.zoom())));
  const ranked = shown.sort((a, b) => b.data('mentions') - a.data('mentions') || a.id().localeCompare(b.id()));
  const forced = cy.nodes(':selected').closedNeighborhood().nodes();
  const zoom = cy.zoom();
  const taken = forced.filter(':visible').map((n) => labelBox(n, zoom));
  const chosen = [];
  for (const n of ranked) {
    if (chosen.length >= budget) break;
    if (forced.contains(n)) continue;
    const box = labelBox(n, zoom);
    if (placed && taken.some((t) => meets(t, box))) continue;
    taken.push(box);
    chosen.push(n);
  }
  cy.batch(() => {
    cy.nodes().removeClass('labelled');
    cy.collection(chosen).addClass('labelled');
    forced.addClass('labelled');
  });
}

/** The layout this page uses: fcose when its WebJar loaded, else Cytoscape's own cose. */
export const layoutName = LAYOUT;
