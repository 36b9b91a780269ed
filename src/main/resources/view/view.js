// newsgraph's entity graph view: opens on the most-mentioned entities or on one entity's neighbourhood (deep
// link), asks the server only for what it draws (/view/api/...), and expands a neighbourhood on each tap.
import { $ } from './dom.js';
import { api } from './api.js';
import { parse, params, remember } from './state.js';
import { createGraph, merge, layout, layoutAround, labelBest, fitLabels, layoutName } from './graph.js';
import { buildFilters, applyFilters } from './filters.js';
import { showEntity } from './panel.js';
import { searchBox } from './search.js';
import { listShown } from './shown.js';
import { exportPng, exportSvg, svgOf } from './export.js';

const NEIGHBOURS = 80; // entities fetched per neighbourhood
const TOLD = 24; // most links of a selection whose relation names are drawn

async function start() {
  const vocabulary = await api('vocabulary');
  const state = parse(location.search, vocabulary);
  const cy = createGraph($('graph'));
  const panel = $('panel');
  // what the bench reads: ms since navigation for the first render; per expansion, the total and its parts
  const timings = { firstRender: null, lastExpand: null, lastApi: null, lastLayout: null, expansions: 0 };
  let panelTicket = 0;

  const setStatus = (text, error) => {
    $('status').textContent = text;
    $('status').classList.toggle('error', Boolean(error));
  };
  const note = (text) => { $('note').textContent = text; };
  const busy = (on) => { document.body.dataset.busy = on ? 'yes' : 'no'; };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  /** Brings the lists, counts, labels and address up to date; {@code filtered}: the filters are applied already. */
  function refresh({ filtered = false, labels = true } = {}) {
    if (!filtered) applyFilters(cy, state);
    if (labels) labelBest(cy);
    listShown(cy, select);
    $('counts').textContent = `${cy.nodes(':visible').length} entities · ${cy.edges(':visible').length} links`;
    remember(state, vocabulary);
  }

  /** Fades all but the node's neighbourhood and brings that neighbourhood into view. */
  function highlight(key) {
    const node = cy.getElementById(key);
    const near = node.closedNeighborhood().filter(':visible');
    // one style pass for selection, fading and labels, not one per class change
    cy.batch(() => {
      cy.elements().unselect().removeClass('faded near told');
      if (node.empty()) return;
      node.select();
      cy.elements().not(near).addClass('faded');
      near.edges().addClass('near');
      // relation names on the links only while they stay legible; past that they pile up around the entity
      if (near.edges().length <= TOLD) near.edges().addClass('told');
      labelBest(cy); // before the fit, so that the labels are in what is fitted
    });
    if (node.empty()) return;
    cy.stop();
    cy.fit(near, 60);
    if (cy.zoom() > 1.6) cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    cy.center(near);
    fitLabels(cy, true); // labels for the final zoom, drawn by the next frame
  }

  async function fillPanel(key) {
    const mine = ++panelTicket;
    panel.dataset.state = 'loading';
    panel.dataset.entity = key;
    const node = cy.getElementById(key);
    try {
      const data = node.nonempty() ? { label: node.data('label'), kind: node.data('kind'),
        mentions: node.data('mentions') } : null;
      const actions = { open: select, expand, focus: (k) => openEntity(k, true) };
      const doc = document.createElement('div');
      await showEntity(doc, key, data, actions);
      if (mine !== panelTicket) return;
      panel.replaceChildren(...doc.childNodes);
      panel.scrollTop = 0;
      panel.dataset.state = 'loaded';
    } catch (e) {
      if (mine !== panelTicket) return;
      panel.textContent = `Cannot load ${key}: ${e.message}`;
      panel.dataset.state = 'error';
    }
  }

  /** Fetches the neighbourhood of {@code key} and adds it; {@code fresh} starts from an empty graph. */
  async function load(key, depth, fresh) {
    const t0 = performance.now();
    const data = await api('neighbours', { entity: key, depth, limit: NEIGHBOURS, ...params(state, vocabulary) });
    const t1 = performance.now();
    if (fresh) cy.elements().remove();
    const added = merge(cy, data);
    applyFilters(cy, state);
    if (fresh) {
      labelBest(cy, false); // the labels the layout makes room for
      await layout(cy, true);
    }
    else layoutAround(cy, cy.getElementById(key), added);
    timings.lastApi = t1 - t0;
    timings.lastLayout = performance.now() - t1;
    note(data.truncated ? `More neighbours exist than the ${NEIGHBOURS} shown: filter by type, relation or weight.` : '');
    return data;
  }

  /** Selects an entity, loads its neighbours into the graph and brings them into view. */
  async function expand(key) {
    const t0 = performance.now();
    const before = state.entity;
    busy(true);
    try {
      state.entity = key; // before the filters run, which never hide the focus entity
      await load(key, 1, cy.getElementById(key).empty());
      refresh({ filtered: true, labels: false });
      highlight(key);
      await frame();
      timings.lastExpand = performance.now() - t0;
      timings.expansions += 1;
    } catch (e) {
      state.entity = before;
      setStatus(`Cannot load ${key}: ${e.message}`, true);
    } finally {
      busy(false);
    }
    fillPanel(key);
  }

  async function select(key) {
    return expand(key);
  }

  /** Shows only the neighbourhood of {@code key}, at the chosen depth. */
  async function openEntity(key) {
    busy(true);
    try {
      state.entity = key;
      const data = await load(key, state.depth, true);
      setStatus(data.nodes.length ? '' : `No entity ${key}.`, !data.nodes.length);
      refresh({ filtered: true, labels: false });
      highlight(key);
      await frame();
    } catch (e) {
      setStatus(`Cannot open ${key}: ${e.message}`, true);
    } finally {
      busy(false);
    }
    fillPanel(key);
  }

  /** Shows the most-mentioned entities (top N) and the links among them. */
  async function openTop() {
    busy(true);
    try {
      state.entity = null;
      panelTicket += 1;
      panel.dataset.state = 'empty';
      delete panel.dataset.entity;
      const t0 = performance.now();
      const data = await api('top', { n: state.n, ...params(state, vocabulary) });
      const t1 = performance.now();
      cy.elements().remove();
      merge(cy, data);
      applyFilters(cy, state);
      labelBest(cy, false); // the labels the layout makes room for
      await layout(cy, true);
      timings.lastApi = t1 - t0;
      timings.lastLayout = performance.now() - t1;
      refresh({ filtered: true });
      cy.fit(cy.elements(':visible'), 40);
      setStatus(data.nodes.length ? '' : 'No entity matches: the store is empty or the filters leave nothing.');
      note(data.truncated ? `The ${state.n} most-mentioned entities; raise N to see more.` : '');
      await frame();
    } catch (e) {
      setStatus(`Cannot load the graph: ${e.message}`, true);
    } finally {
      busy(false);
    }
  }

  buildFilters(vocabulary, state, (what) => {
    if (what === 'top') openTop();
    else if (what === 'reload' || what === 'depth') {
      if (state.entity) openEntity(state.entity); else openTop();
    } else {
      refresh();
    }
  });
  searchBox(() => params(state, vocabulary), (key) => openEntity(key));
  cy.on('tap', 'node', (ev) => select(ev.target.id()));
  cy.on('tap', (ev) => {
    if (ev.target !== cy) return;
    cy.batch(() => {
      cy.elements().unselect().removeClass('faded near told');
      labelBest(cy);
    });
  });
  $('export-png').addEventListener('click', () => exportPng(cy));
  $('export-svg').addEventListener('click', () => exportSvg(cy));
  $('layout-name').textContent = layoutName;

  if (state.entity) await openEntity(state.entity); else await openTop();
  timings.firstRender = performance.now();
  window.newsgraphView = {
    cy, state, timings, select, expand, openEntity, openTop, svg: () => svgOf(cy), png: () => cy.png({ full: false }),
  };
  document.body.dataset.state = 'ready';
}

start().catch((e) => {
  $('status').textContent = `Cannot start the view: ${e.message}`;
  $('status').classList.add('error');
  document.body.dataset.state = 'error';
});
