// The query page: YASGUI on the server's SPARQL endpoint, offline, and the prepared queries beside it.
// Nothing here or in YASGUI's configuration reaches another machine: the prefix completions come from the
// server's own prefixes (YASGUI would fetch prefix.cc), and the class and property completions, which ask
// lov.linkeddata.es, are off.
(function () {
  'use strict';
  const body = document.body;
  const endpoint = new URL(body.dataset.endpoint, location.href).href;
  const queriesUrl = new URL(body.dataset.queries, location.href).href;
  const prefixes = JSON.parse(document.getElementById('prefixes').textContent);
  const prefixApi = URL.createObjectURL(new Blob([JSON.stringify(prefixes)], { type: 'application/json' }));
  const yasqe = { autocompleters: ['prefixes', 'variables'], prefixCcApi: prefixApi };
  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint }, copyEndpointOnNewTab: false, yasqe: yasqe,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] }
  });
  window.newsgraphQueryPage = { yasgui: yasgui };

  fetch(queriesUrl).then(r => r.json()).then(list => {
    const byName = new Map(list.map(q => [q.name, q]));
    document.querySelectorAll('#queries button[data-query]').forEach(b => {
      b.addEventListener('click', () => {
        const q = byName.get(b.dataset.query);
        if (q) {
          yasgui.addTab(true, { name: q.title, yasqe: { value: q.query }, requestConfig: { endpoint: endpoint } });
        }
      });
    });
  });

  // A prepared query's form runs it here and shows a table, instead of leaving the page for raw JSON.
  document.querySelectorAll('#queries form').forEach(form => {
    form.addEventListener('submit', event => {
      event.preventDefault();
      const params = new URLSearchParams(new FormData(form));
      params.set('format', 'json');
      show(form.dataset.title, fetch(form.action + '?' + params.toString(), {
        headers: { Accept: 'application/sparql-results+json' }
      }));
    });
  });

  const out = document.getElementById('prepared-result');

  function show(title, response) {
    out.hidden = false;
    out.replaceChildren(element('h2', title), element('p', 'running…'));
    out.dataset.state = 'running';
    response.then(r => r.json().then(json => ({ r: r, json: json }))).then(({ r, json }) => {
      const parts = [element('h2', title)];
      if (!r.ok) {
        parts.push(element('p', 'Error ' + r.status + ': ' + (json.error || r.statusText), 'error'));
      } else if (json.boolean !== undefined) {
        parts.push(element('p', json.boolean ? 'yes' : 'no'));
      } else {
        const rows = json.results.bindings;
        const cut = r.headers.get('X-Newsgraph-Truncated');
        parts.push(element('p', rows.length + (rows.length === 1 ? ' row' : ' rows')
          + (cut ? ' — the first ' + cut + ' only (the server\u2019s row limit)' : ''), 'count'));
        parts.push(table(json.head.vars, rows));
      }
      out.replaceChildren(...parts);
      out.dataset.state = 'done';
    }).catch(e => {
      out.replaceChildren(element('h2', title), element('p', String(e), 'error'));
      out.dataset.state = 'done';
    });
  }

  function table(vars, rows) {
    const t = document.createElement('table');
    const head = t.createTHead().insertRow();
    vars.forEach(v => head.appendChild(element('th', v)));
    const tbody = t.createTBody();
    rows.forEach(row => {
      const tr = tbody.insertRow();
      vars.forEach(v => {
        const cell = tr.insertCell();
        const value = row[v];
        if (value && value.type === 'uri') {
          const a = document.createElement('a');
          a.href = value.value.replace(/^https:\/\/w3id\.org\/newsgraph\/id\//, '/id/');
          a.textContent = value.value;
          cell.appendChild(a);
        } else if (value) {
          cell.textContent = value.value;
        }
      });
    });
    return t;
  }

  function element(tag, text, cls) {
    const e = document.createElement(tag);
    e.textContent = text;
    if (cls) {
      e.className = cls;
    }
    return e;
  }
}());
