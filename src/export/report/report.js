// newsgraph HTML report (src/export/html_writer.h): draws the graph the
// export embedded as JSON, with search, filters, pan and zoom, and panels for
// an entity and for a relation's evidence. Our own code, no library: the
// layout comes from the exporter (graph/layout.h), so the page only draws.
//
// Every text from the database reaches the page through textContent or
// setAttribute, never as markup. The page state lives in the URL's hash
// (#q=blair&edge=e12), so a view can be bookmarked or shared, and tests
// drive the page the same way.
(function () {
  'use strict';
  const SVG = 'http://www.w3.org/2000/svg';
  const data = JSON.parse(document.getElementById('newsgraph-data').textContent);
  const $ = (id) => document.getElementById(id);

  // ---- Indexes -------------------------------------------------------------
  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const incident = new Map(data.nodes.map((n) => [n.id, []]));
  for (const e of data.edges) {
    incident.get(e.source).push(e);
    if (e.target !== e.source) incident.get(e.target).push(e);
  }
  // Rank: most relations, then most mentions (the cap keeps the first K).
  const ranked = data.nodes.slice().sort((a, b) =>
    incident.get(b.id).length - incident.get(a.id).length || b.mentions - a.mentions ||
    (a.id < b.id ? -1 : 1));
  const rank = new Map(ranked.map((n, i) => [n.id, i]));
  const entityTypes = [...new Set(data.nodes.map((n) => n.type))].sort();
  const relationTypes = data.relation_types.map((r) => r.type);
  const modalities = [...new Set(data.edges.map((e) => e.modality))].sort();
  // At first the cap shows the entities with relations (at most data.cap);
  // the slider adds the others.
  const connected = data.nodes.filter((n) => incident.get(n.id).length > 0).length;
  const defaultCap = Math.min(data.cap, connected || data.nodes.length);
  const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const n of data.nodes) n.search = [n.name, n.key].concat(n.aliases).map(fold);

  // ---- State (mirrored in the URL hash) --------------------------------------
  const state = {
    q: '', types: new Set(entityTypes), relations: new Set(relationTypes),
    modalities: new Set(modalities), min: 1, from: '', to: '',
    cap: defaultCap, node: '', edge: '',
  };

  function readHash() {
    const p = new URLSearchParams(location.hash.slice(1));
    const list = (k, all) => (p.has(k) ? new Set(p.get(k).split(',').filter((x) => all.includes(x))) : new Set(all));
    state.q = p.get('q') || '';
    state.types = list('types', entityTypes);
    state.relations = list('relations', relationTypes);
    state.modalities = list('modalities', modalities);
    state.min = Math.max(1, parseInt(p.get('min') || '1', 10) || 1);
    state.from = p.get('from') || '';
    state.to = p.get('to') || '';
    const cap = parseInt(p.get('cap') || '', 10);
    state.cap = cap > 0 ? Math.min(cap, data.nodes.length) : defaultCap;
    state.node = p.get('node') || '';
    state.edge = p.get('edge') || '';
  }

  function writeHash() {
    const p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    if (state.types.size !== entityTypes.length) p.set('types', [...state.types].join(','));
    if (state.relations.size !== relationTypes.length) p.set('relations', [...state.relations].join(','));
    if (state.modalities.size !== modalities.length) p.set('modalities', [...state.modalities].join(','));
    if (state.min > 1) p.set('min', state.min);
    if (state.from) p.set('from', state.from);
    if (state.to) p.set('to', state.to);
    if (state.cap !== defaultCap) p.set('cap', state.cap);
    if (state.node) p.set('node', state.node);
    if (state.edge) p.set('edge', state.edge);
    const hash = p.toString();
    history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }

  // ---- Small DOM helpers -----------------------------------------------------
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v; else e.setAttribute(k, v);
    }
    for (const c of children) e.append(c);
    return e;
  }
  function svg(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  }
  const plural = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');
  const safeUrl = (u) => /^https?:\/\//i.test(u || '') ? u : '';

  // ---- Controls --------------------------------------------------------------
  function checkboxes(container, values, chosen, decorate) {
    for (const v of values) {
      const box = el('input', { type: 'checkbox', value: v });
      box.checked = chosen().has(v);
      box.addEventListener('change', () => {
        if (box.checked) chosen().add(v); else chosen().delete(v);
        update();
      });
      container.append(el('label', {}, box, decorate(v), v));
    }
  }

  function buildControls() {
    $('search').value = state.q;
    for (const event of ['input', 'change']) {
      $('search').addEventListener(event, () => { state.q = $('search').value.trim(); update(); fit(); });
    }
    $('search').addEventListener('keydown', (ev) => {
      if (ev.key !== 'Enter') return;
      const first = data.nodes.filter(matches).sort((a, b) => rank.get(a.id) - rank.get(b.id))[0];
      if (first) select('node', first.id);
    });
    const fill = new Map(data.nodes.map((n) => [n.type, n.fill]));
    checkboxes($('entity-types'), entityTypes, () => state.types,
      (t) => el('span', { class: 'swatch', style: 'background:' + fill.get(t) }));
    const relation = new Map(data.relation_types.map((r) => [r.type, r]));
    checkboxes($('relation-types'), relationTypes, () => state.relations, (t) => {
      const r = relation.get(t);
      return el('span', { class: 'line', style: 'border-color:' + r.color, title: r.symmetric ? 'symmetric' : 'directed' });
    });
    checkboxes($('modalities'), modalities, () => state.modalities,
      (m) => el('span', { class: 'line', style: 'border-top-style:' +
        ({ planned: 'dashed', hypothetical: 'dotted' }[m] || 'solid') + (m === 'negated' ? ';border-color:#d62728' : '') }));
    const min = $('min-support');
    min.value = state.min;
    min.addEventListener('input', () => { state.min = Math.max(1, parseInt(min.value, 10) || 1); update(); });
    for (const k of ['from', 'to']) {
      $(k).value = state[k];
      $(k).addEventListener('change', () => { state[k] = $(k).value; update(); });
    }
    const cap = $('cap');
    cap.max = data.nodes.length;
    cap.value = state.cap;
    cap.addEventListener('input', () => { state.cap = parseInt(cap.value, 10); update(); });
    $('reset').addEventListener('click', () => { location.hash = ''; readHash(); syncControls(); update(); fit(); });
  }

  function syncControls() {
    $('search').value = state.q;
    for (const [id, set] of [['entity-types', state.types], ['relation-types', state.relations], ['modalities', state.modalities]]) {
      for (const box of $(id).querySelectorAll('input')) box.checked = set.has(box.value);
    }
    $('min-support').value = state.min;
    $('from').value = state.from;
    $('to').value = state.to;
    $('cap').value = state.cap;
  }

  // ---- Drawing ---------------------------------------------------------------
  const view = { x: 0, y: 0, k: 1 };
  const graph = $('graph');
  const root = svg('g');
  const edgeLayer = svg('g'), nodeLayer = svg('g');
  root.append(edgeLayer, nodeLayer);
  // Layout units: neighbours are about 60 apart (graph/layout.h).
  const radius = (n) => Math.min(18, 4 + 1.2 * Math.sqrt(n.mentions));

  function draw() {
    const defs = svg('defs');
    for (const r of data.relation_types) {
      if (r.symmetric) continue;
      const marker = svg('marker', { id: 'arrow-' + r.index, viewBox: '0 0 10 10', refX: 10, refY: 5,
        markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' });
      marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: r.color }));
      defs.append(marker);
    }
    graph.append(defs, root);
    const relation = new Map(data.relation_types.map((r) => [r.type, r]));
    for (const e of data.edges) {
      const a = nodeById.get(e.source), b = nodeById.get(e.target), r = relation.get(e.type);
      // Stop the line at the target's rim so the arrowhead shows.
      const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
      const cut = r.symmetric ? 0 : radius(b) + 1;
      const x2 = b.x - dx * cut / len, y2 = b.y - dy * cut / len;
      const g = svg('g', { class: 'edge ' + e.modality, 'data-id': e.id });
      const title = svg('title');
      title.textContent = a.name + ' ' + e.type + ' ' + b.name + ' (' + plural(e.documents, 'document') + ')';
      const hit = svg('line', { class: 'hit', x1: a.x, y1: a.y, x2: x2, y2: y2 });
      const shown = svg('line', { class: 'shown', x1: a.x, y1: a.y, x2: x2, y2: y2, stroke: r.color,
        'stroke-width': Math.min(6, 1 + Math.log2(Math.max(1, e.documents))) });
      if (!r.symmetric) shown.setAttribute('marker-end', 'url(#arrow-' + r.index + ')');
      g.append(title, hit, shown);
      g.addEventListener('click', (ev) => { ev.stopPropagation(); select('edge', e.id); });
      e.element = g;
      edgeLayer.append(g);
    }
    for (const n of ranked.slice().reverse()) {  // the busiest on top
      const g = svg('g', { class: 'node' + (n.discovered ? ' discovered' : '') + (n.key === data.focus ? ' focus' : ''),
        'data-id': n.id, transform: 'translate(' + n.x + ',' + n.y + ')' });
      const title = svg('title');
      title.textContent = n.name + ' (' + n.type + ', ' + plural(n.mentions, 'mention') + ')';
      const label = svg('text', { x: radius(n) + 3, y: 4 });
      label.textContent = n.name;
      g.append(title, svg('circle', { r: radius(n), fill: n.fill }), label);
      g.addEventListener('click', (ev) => { ev.stopPropagation(); select('node', n.id); });
      n.element = g;
      nodeLayer.append(g);
    }
  }

  function applyView() {
    root.setAttribute('transform', 'translate(' + view.x + ',' + view.y + ') scale(' + view.k + ')');
    // Labels keep their size on screen whatever the zoom.
    graph.style.setProperty('--label-size', (12 / view.k) + 'px');
    graph.style.setProperty('--label-halo', (3 / view.k) + 'px');
  }

  // Fits the visible nodes into the window.
  function fit() {
    const shown = data.nodes.filter((n) => n.visible);
    const box = graph.getBoundingClientRect();
    if (!shown.length || !box.width) return;
    const xs = shown.map((n) => n.x), ys = shown.map((n) => n.y);
    const x0 = Math.min(...xs) - 40, x1 = Math.max(...xs) + 160, y0 = Math.min(...ys) - 40, y1 = Math.max(...ys) + 40;
    view.k = Math.min(2, box.width / (x1 - x0), box.height / (y1 - y0));
    view.x = (box.width - (x1 - x0) * view.k) / 2 - x0 * view.k;
    view.y = (box.height - (y1 - y0) * view.k) / 2 - y0 * view.k;
    applyView();
    labels();
  }

  function panAndZoom() {
    graph.addEventListener('wheel', (ev) => {
      ev.preventDefault();
      const box = graph.getBoundingClientRect();
      const px = ev.clientX - box.left, py = ev.clientY - box.top;
      const k = Math.max(0.05, Math.min(40, view.k * Math.exp(-ev.deltaY * 0.0015)));
      view.x = px - (px - view.x) * k / view.k;
      view.y = py - (py - view.y) * k / view.k;
      view.k = k;
      applyView();
      labels();
    }, { passive: false });
    let drag = null;
    graph.addEventListener('mousedown', (ev) => { drag = { x: ev.clientX - view.x, y: ev.clientY - view.y, moved: false }; graph.classList.add('dragging'); });
    window.addEventListener('mousemove', (ev) => {
      if (!drag) return;
      view.x = ev.clientX - drag.x;
      view.y = ev.clientY - drag.y;
      drag.moved = true;
      applyView();
    });
    window.addEventListener('mouseup', () => { drag = null; graph.classList.remove('dragging'); });
    graph.addEventListener('click', () => { if (state.node || state.edge) select('', ''); });
  }

  // ---- Filtering ---------------------------------------------------------------
  function matches(n) {
    if (!state.q) return false;
    const q = fold(state.q);
    return n.search.some((s) => s.includes(q));
  }

  function edgeInFilters(e) {
    if (!state.relations.has(e.type) || !state.modalities.has(e.modality) || e.documents < state.min) return false;
    if ((state.from || state.to) && !e.first_seen) return false;  // undated
    if (state.from && e.last_seen < state.from) return false;
    if (state.to && e.first_seen > state.to) return false;
    return true;
  }

  function update() {
    for (const n of data.nodes) n.visible = state.types.has(n.type) && rank.get(n.id) < state.cap;
    let edges = data.edges.filter((e) => edgeInFilters(e) && nodeById.get(e.source).visible && nodeById.get(e.target).visible);
    let matched = 0;
    if (state.q) {
      // A search keeps the entities it finds and their neighbours.
      const hits = new Set(data.nodes.filter((n) => n.visible && matches(n)).map((n) => n.id));
      matched = hits.size;
      const keep = new Set(hits);
      edges = edges.filter((e) => hits.has(e.source) || hits.has(e.target));
      for (const e of edges) { keep.add(e.source); keep.add(e.target); }
      for (const n of data.nodes) n.visible = n.visible && keep.has(n.id);
    }
    const shownEdges = new Set(edges.map((e) => e.id));
    for (const e of data.edges) {
      e.visible = shownEdges.has(e.id);
      e.element.classList.toggle('hidden', !e.visible);
      e.element.classList.toggle('selected', e.id === state.edge);
    }
    for (const n of data.nodes) {
      n.element.classList.toggle('hidden', !n.visible);
      n.element.classList.toggle('match', state.q !== '' && matches(n));
      n.element.classList.toggle('selected', n.id === state.node);
    }
    labels();
    const shownNodes = data.nodes.filter((n) => n.visible).length;
    document.body.dataset.visibleNodes = shownNodes;
    document.body.dataset.visibleEdges = edges.length;
    $('status').textContent = 'Showing ' + plural(shownNodes, 'entity').replace('entitys', 'entities') +
      ' and ' + plural(edges.length, 'relation') + (state.q ? ' (' + matched + ' matching "' + state.q + '")' : '') +
      '; the file holds ' + data.nodes.length + ' of ' + data.total.nodes + ' entities and ' +
      data.edges.length + ' of ' + data.total.edges + ' relations.';
    $('cap-label').textContent = 'Top ' + state.cap + ' of ' + data.nodes.length + ' entities';
    writeHash();
    info();
  }

  // Labels for the busiest visible entities, more as one zooms in.
  function labels() {
    const limit = Math.round(60 * view.k * view.k);
    let shown = 0;
    for (const n of ranked) {
      if (!n.visible) continue;
      const loud = shown++ < limit || n.id === state.node || (state.q && matches(n)) || n.key === data.focus;
      n.element.classList.toggle('quiet', !loud);
    }
  }

  // ---- The panel -----------------------------------------------------------------
  function select(kind, id) {
    state.node = kind === 'node' ? id : '';
    state.edge = kind === 'edge' ? id : '';
    update();
  }

  function row(dl, term, value) {
    if (value === '' || value === undefined || value === null) return;
    dl.append(el('dt', {}, term), el('dd', {}, String(value)));
  }

  function linkTo(kind, id, text) {
    const b = el('button', { class: 'link', type: 'button' }, text);
    b.addEventListener('click', () => select(kind, id));
    return b;
  }

  function nodeInfo(n) {
    const box = $('info');
    const dates = incident.get(n.id).flatMap((e) => [e.first_seen, e.last_seen]).filter(Boolean).sort();
    const dl = el('dl');
    row(dl, 'Type', n.type + (n.discovered ? ' (discovered)' : ''));
    row(dl, 'Key', n.key);
    row(dl, 'Mentions', n.mentions);
    row(dl, 'Documents', n.documents);
    row(dl, 'First seen', dates[0] || '');
    row(dl, 'Last seen', dates[dates.length - 1] || '');
    box.append(el('h2', {}, n.name), dl);
    if (n.aliases.length) {
      box.append(el('h3', {}, 'Aliases'), el('p', {}, n.aliases.join(', ')));
    }
    const list = el('ul', { id: 'relations' });
    const rel = incident.get(n.id).slice().sort((a, b) => b.documents - a.documents);
    for (const e of rel) {
      const other = nodeById.get(e.source === n.id ? e.target : e.source);
      const arrow = e.symmetric ? ' \u2014 ' : (e.source === n.id ? ' \u2192 ' : ' \u2190 ');
      list.append(el('li', {}, linkTo('edge', e.id, e.type + arrow + other.name),
        ' (' + plural(e.documents, 'document') + (e.modality !== 'asserted' ? ', ' + e.modality : '') + ')'));
    }
    box.append(el('h3', {}, plural(rel.length, 'relation')), list);
  }

  function edgeInfo(e) {
    const box = $('info');
    const a = nodeById.get(e.source), b = nodeById.get(e.target);
    const head = el('h2', {}, linkTo('node', a.id, a.name), ' ' + e.type + ' ', linkTo('node', b.id, b.name));
    const dl = el('dl');
    row(dl, 'Modality', e.modality);
    row(dl, 'Support', plural(e.documents, 'document') + ', ' + plural(e.mentions, 'sentence'));
    row(dl, 'First seen', e.first_seen);
    row(dl, 'Last seen', e.last_seen);
    box.append(head, dl, el('h3', {}, 'Evidence'));
    if (!e.evidence.length) box.append(el('p', { class: 'hint' }, 'Exported without evidence (--no-evidence).'));
    for (const ev of e.evidence) {
      const item = el('div', { class: 'evidence' });
      const doc = el('div', { class: 'doc' });
      const url = safeUrl(ev.url);
      const name = ev.title || ev.document;
      doc.append(url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, name) : el('span', {}, name));
      const when = [ev.date, ev.source, ev.event_date ? 'happened ' + ev.event_date : '', ev.modality !== 'asserted' ? ev.modality : '']
        .filter(Boolean).join(' \u00b7 ');
      if (when) doc.append(' \u00b7 ' + when);
      const sentence = el('p', { class: 'sentence' }, ev.before, el('mark', {}, ev.trigger), ev.after);
      item.append(doc, sentence, el('div', { class: 'hint' }, 'rule ' + ev.rule));
      box.append(item);
    }
  }

  function info() {
    const box = $('info');
    box.replaceChildren();
    const n = nodeById.get(state.node), e = edgeById.get(state.edge);
    if (n) nodeInfo(n);
    else if (e) edgeInfo(e);
    else box.append(el('p', { class: 'hint' }, 'Click an entity for its aliases and relations, or a relation for its evidence. Scroll to zoom, drag to pan.'));
  }

  // ---- Start -------------------------------------------------------------------------
  readHash();
  buildControls();
  draw();
  panAndZoom();
  update();
  fit();
  window.addEventListener('hashchange', () => { readHash(); syncControls(); update(); fit(); });
  window.addEventListener('resize', fit);
  document.body.dataset.ready = '1';
})();
