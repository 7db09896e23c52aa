/*
 * vanban page: renders what the API answers, nothing more. Hash routes:
 *   #/search?q=…&type=…&document=…&agency=…&year=…&kind=…&page=…
 *   #/agencies, #/agencies/{id}?role=lead|cooperating|any
 *   #/documents, #/documents/{id}, #/documents/{id}/clauses/{path}
 *   #/indicators?q=…
 * Text from the API is only ever inserted as text nodes; the one exception, search snippets, goes through
 * safeSnippet, which keeps <mark> and turns everything else into text.
 */
(function () {
  'use strict';

  const VIEWS = ['search', 'agencies', 'documents', 'indicators'];
  const SEARCH_PAGE_SIZE = 10;
  const TASK_PAGE_SIZE = 500;
  const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  const $ = (id) => document.getElementById(id);

  const KIND_LABELS = { clause: 'Điều khoản', task: 'Nhiệm vụ', target: 'Chỉ tiêu', document: 'Văn bản' };
  const FACET_LABELS = { type: 'Loại văn bản', document: 'Văn bản', agency: 'Cơ quan', year: 'Năm' };
  const ROLE_LABELS = { lead: 'Chủ trì', cooperating: 'Phối hợp' };
  const AGENCY_TYPES = {
    MINISTRY: 'Bộ, ngành Trung ương', DEPARTMENT: 'Sở, ngành', PEOPLES_COMMITTEE: 'Ủy ban nhân dân',
    PEOPLES_COUNCIL: 'Hội đồng nhân dân', BOARD: 'Ban', AGENCY_OFFICE: 'Văn phòng', INSPECTORATE: 'Thanh tra',
    POLICE: 'Công an', ARMED_FORCES: 'Lực lượng vũ trang', PARTY: 'Cơ quan Đảng',
    FRONT_AND_MASS_ORGANISATION: 'Mặt trận, đoàn thể', SCHOOL_OR_INSTITUTE: 'Trường, viện',
    STATE_ENTERPRISE: 'Doanh nghiệp nhà nước', STATE_BODY: 'Cơ quan nhà nước', LOCALITY: 'Địa phương',
  };
  const RELATION_LABELS = {
    implements: 'thực hiện', amends: 'sửa đổi', replaces: 'thay thế', repeals: 'bãi bỏ',
    based_on: 'căn cứ', cites: 'dẫn chiếu', mentions: 'nhắc đến',
  };

  // ---------- DOM helpers ----------

  /** el('a', {href: '#/x', class: 'y'}, 'text', child) — attributes set as attributes, children as nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key === 'style') node.setAttribute('style', value);
      else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    node.replaceChildren();
    return node;
  }

  /**
   * A search snippet as DOM: <mark> elements are kept, every other tag is reduced to its text, so markup that a
   * document happens to contain is shown, never run. The snippet is parsed by DOMParser, which runs no script
   * and loads nothing.
   */
  function safeSnippet(html) {
    const parsed = new DOMParser().parseFromString('<!doctype html><body>' + (html || ''), 'text/html');
    const out = document.createDocumentFragment();
    (function copy(from, to) {
      for (const node of from.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          to.append(document.createTextNode(node.nodeValue));
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          const name = node.nodeName.toLowerCase();
          if (name === 'mark') {
            copy(node, to.appendChild(document.createElement('mark')));
          } else if (name !== 'script' && name !== 'style' && name !== 'template') {
            copy(node, to);
          }
        }
      }
    })(parsed.body, out);
    return out;
  }

  function setStatus(id, text, isError) {
    const node = $(id);
    node.textContent = text;
    node.classList.toggle('error', Boolean(isError));
  }

  // ---------- API ----------

  async function api(path, params) {
    const query = params ? '?' + new URLSearchParams(params).toString() : '';
    const response = await fetch(path.replace(/^\//, '') + query, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let detail = 'HTTP ' + response.status;
      try {
        const problem = await response.json();
        if (problem && problem.detail) detail = problem.detail;
      } catch (ignored) { /* not problem+json */ }
      const error = new Error(detail);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  const cache = {};
  /** A lookup loaded once per page view; an unavailable endpoint gives an empty map. */
  function once(key, load) {
    if (!cache[key]) cache[key] = load().catch(() => new Map());
    return cache[key];
  }
  const documentsById = () => once('documents', async () =>
    new Map((await api('/api/documents', { size: 500 })).items.map((d) => [String(d.id), d])));
  const agenciesById = () => once('agencies', async () =>
    new Map((await api('/api/agencies', { size: 500 })).items.map((a) => [String(a.id), a])));

  // ---------- links ----------

  const documentHref = (id) => '#/documents/' + encodeURIComponent(id);
  const clauseHref = (id, path) => path ? documentHref(id) + '/clauses/' + encodeURIComponent(path) : documentHref(id);
  /** An agency's page; options: role, inherited, asOf, each left out at its default. */
  function agencyHref(id, options) {
    const query = new URLSearchParams();
    if (options && options.role && options.role !== 'any') query.set('role', options.role);
    if (options && options.inherited) query.set('inherited', 'true');
    if (options && options.asOf) query.set('asOf', options.asOf);
    return toHash('/agencies/' + encodeURIComponent(id), query);
  }
  const documentName = (d) => (d && (d.title || d.number || d.sourceName)) || '';

  const shorten = (text, max) => (text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text);

  function formatDate(iso) {
    if (!iso) return '';
    const [y, m, d] = iso.split('-');
    return d && m ? d + '/' + m + '/' + y : iso;
  }

  function deadlineText(deadline) {
    if (!deadline) return '';
    if (deadline.text) return deadline.text;
    if (deadline.from && deadline.to && deadline.from !== deadline.to) {
      return formatDate(deadline.from) + ' – ' + formatDate(deadline.to);
    }
    return formatDate(deadline.to || deadline.from);
  }

  /** Where a deadline stands, as the API says (dueStatus), in words and a colour class. */
  const DUE_STATUS = {
    passed: { text: 'Đã qua hạn', cls: 'overdue' },
    due: { text: 'Đang trong hạn', cls: 'soon' },
    upcoming: { text: 'Chưa đến hạn', cls: 'ok' },
    recurring: { text: 'Định kỳ', cls: 'ok' },
    ongoing: { text: 'Thường xuyên', cls: 'ok' },
    none: { text: 'Không có thời hạn', cls: 'none' },
  };
  const STATUS_ORDER = ['passed', 'due', 'upcoming', 'recurring', 'ongoing', 'none'];

  /** Unknown values are shown as they are; without a dueStatus only the deadline's kind is put into words. */
  function dueStatus(task) {
    const raw = task.dueStatus || (task.deadline && ['recurring', 'ongoing', 'none'].includes(task.deadline.kind)
      && !(task.deadline.kind === 'none' && deadlineText(task.deadline)) ? task.deadline.kind : null);
    if (!raw) return null;
    return DUE_STATUS[String(raw).toLowerCase()] || { text: String(raw), cls: '' };
  }

  // ---------- routing ----------

  function parseHash() {
    const hash = location.hash.replace(/^#/, '') || '/search';
    const at = hash.indexOf('?');
    const path = at < 0 ? hash : hash.slice(0, at);
    const params = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
    const parts = path.split('/').filter(Boolean);
    return { view: parts[0] || 'search', parts, params, path };
  }

  function toHash(path, params) {
    const query = params && params.toString();
    return '#' + path + (query ? '?' + query : '');
  }

  let currentView = null;
  let generation = 0;

  function route() {
    const { view, parts, params } = parseHash();
    const name = VIEWS.includes(view) ? view : 'search';
    // on first load focus stays at the top of the page, where the skip link is
    const switched = currentView !== null && name !== currentView;
    currentView = name;
    generation++;
    for (const v of VIEWS) $('view-' + v).hidden = v !== name;
    document.querySelectorAll('[data-nav]').forEach((a) => {
      if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
    const token = generation;
    const fresh = () => token === generation;
    let shown;
    if (name === 'search') shown = showSearch(params, fresh);
    else if (name === 'agencies') shown = showAgency(parts[1] ? decodeURIComponent(parts[1]) : null, params, fresh);
    else if (name === 'documents') shown = showDocument(parts, fresh);
    else shown = showIndicators(params, fresh);
    Promise.resolve(shown).then(() => {
      // a click on the menu moves focus to the new view's heading; typing in a form keeps it where it is
      if (switched && fresh() && document.activeElement === document.body) {
        const heading = document.querySelector('#view-' + name + ' h1');
        heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      }
    });
  }

  function go(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  }

  // ---------- search ----------

  async function showSearch(params, fresh) {
    const q = params.get('q') || '';
    $('search-q').value = q;
    $('search-kind').value = params.get('kind') || '';
    const hits = clear($('search-hits'));
    const facets = clear($('search-facets'));
    const pager = clear($('search-pager'));
    if (!q.trim()) {
      setStatus('search-status', 'Nhập từ khóa để tìm trong điều khoản, nhiệm vụ và chỉ tiêu.');
      return;
    }
    const page = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
    const query = new URLSearchParams({ q, page: String(page), size: String(SEARCH_PAGE_SIZE) });
    for (const key of ['type', 'document', 'agency', 'kind']) params.getAll(key).forEach((v) => query.append(key, v));
    if (params.get('year')) {
      query.set('yearFrom', params.get('year'));
      query.set('yearTo', params.get('year'));
    }
    setStatus('search-status', 'Đang tìm…');
    let data;
    try {
      data = await api('/api/search', query);
    } catch (e) {
      if (fresh()) setStatus('search-status', 'Không tìm được: ' + e.message, true);
      return;
    }
    const [docs, agencies] = await Promise.all([documentsById(), agenciesById()]);
    if (!fresh()) return;

    const from = page * SEARCH_PAGE_SIZE + 1;
    const to = page * SEARCH_PAGE_SIZE + data.items.length;
    setStatus('search-status', data.total === 0
      ? 'Không có kết quả cho “' + q + '”.'
      : (data.totalExact === false ? 'Khoảng ' : '') + numberFormat.format(data.total) + ' kết quả cho “' + q
        + '”' + (data.diacriticsIgnored ? ' (không tìm thấy đúng dấu như đã gõ, đã tìm không dấu)' : '')
        + (data.total > data.items.length ? ', đang xem ' + from + '–' + to : '') + '.');

    for (const hit of data.items) {
      const doc = hit.document || {};
      const where = hit.clausePath ? 'Mục ' + hit.clausePath : 'Toàn văn bản';
      hits.append(el('li', { class: 'hit' },
        el('h2', {}, el('a', { href: clauseHref(doc.id, hit.clausePath) }, documentName(doc))),
        el('p', { class: 'meta' },
          el('span', { class: 'badge' }, KIND_LABELS[hit.kind] || hit.kind || ''), ' ',
          doc.number ? doc.number + ' · ' : '', where),
        el('p', { class: 'snippet' }, hit.snippet ? safeSnippet(hit.snippet) : (hit.text || ''))));
    }

    renderFacets(facets, data.facets || {}, params, docs, agencies);

    if (page > 0) {
      const prev = new URLSearchParams(params);
      prev.set('page', String(page - 1));
      pager.append(el('a', { class: 'button secondary', href: toHash('/search', prev) }, '← Trang trước'));
    }
    if (to < data.total) {
      const next = new URLSearchParams(params);
      next.set('page', String(page + 1));
      pager.append(el('a', { class: 'button secondary', href: toHash('/search', next) }, 'Trang sau →'));
    }
  }

  function renderFacets(aside, facets, params, docs, agencies) {
    // on a phone the filters sit folded above the results; on a wide screen they stay open beside them
    const container = el('details', { class: 'facet-panel', open: !window.matchMedia('(max-width: 720px)').matches },
      el('summary', {}, 'Lọc kết quả'));
    aside.append(container);
    let any = false;
    for (const name of ['type', 'document', 'agency', 'year']) {
      const values = Object.entries(facets[name] || {});
      if (values.length === 0) continue;
      any = true;
      const headingId = 'facet-' + name;
      const list = el('ul', { 'aria-labelledby': headingId });
      for (const [value, count] of values.slice(0, 12)) {
        const active = params.getAll(name).includes(value);
        let label = value;
        if (name === 'document' && docs.get(value)) label = docs.get(value).number || shorten(documentName(docs.get(value)), 60);
        if (name === 'agency' && agencies.get(value)) label = agencies.get(value).name;
        const next = new URLSearchParams(params);
        next.delete('page');
        if (active) {
          const rest = params.getAll(name).filter((v) => v !== value);
          next.delete(name);
          rest.forEach((v) => next.append(name, v));
        } else if (name === 'year') {
          next.set(name, value);
        } else {
          next.append(name, value);
        }
        list.append(el('li', {},
          el('button', {
            type: 'button', class: 'facet', 'aria-pressed': active ? 'true' : 'false', dataset: { facet: name, value },
            onclick: () => go(toHash('/search', next)),
          }, el('span', {}, label), el('span', { class: 'count' }, numberFormat.format(count)))));
      }
      container.append(el('h2', { id: headingId }, FACET_LABELS[name]), list);
    }
    const filtered = ['type', 'document', 'agency', 'year'].some((k) => params.has(k));
    if (filtered) {
      const keep = new URLSearchParams();
      keep.set('q', params.get('q'));
      if (params.get('kind')) keep.set('kind', params.get('kind'));
      container.append(el('button', {
        type: 'button', class: 'secondary clear', onclick: () => go(toHash('/search', keep)),
      }, 'Bỏ mọi bộ lọc'));
    }
    if (!any && !filtered) clear(aside);
  }

  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    const q = $('search-q').value.trim();
    if (q) next.set('q', q);
    if ($('search-kind').value) next.set('kind', $('search-kind').value);
    go(toHash('/search', next));
  });

  // ---------- agencies: combobox and task list ----------

  const agencyInput = $('agency-input');
  const agencyOptions = $('agency-options');
  let agencyChoices = [];
  let activeChoice = -1;
  let suggestTimer = null;
  let suggestToken = 0;
  const knownAgencies = new Map();

  function closeOptions() {
    agencyOptions.hidden = true;
    agencyInput.setAttribute('aria-expanded', 'false');
    agencyInput.removeAttribute('aria-activedescendant');
    activeChoice = -1;
  }

  function renderOptions() {
    clear(agencyOptions);
    agencyChoices.forEach((agency, i) => {
      const counts = [];
      if (agency.leadCount) counts.push(agency.leadCount + ' chủ trì');
      if (agency.cooperatingCount) counts.push(agency.cooperatingCount + ' phối hợp');
      agencyOptions.append(el('li', {
        id: 'agency-option-' + i, role: 'option', 'aria-selected': i === activeChoice ? 'true' : 'false',
        dataset: { id: agency.id },
        onmousedown: (event) => event.preventDefault(),
        onclick: () => chooseAgency(agency),
      }, agency.name, el('span', { class: 'sub' }, [AGENCY_TYPES[agency.type] || agency.type,
        agency.validTo ? 'đã kết thúc ' + formatDate(agency.validTo) : null, counts.join(', ')]
        .filter(Boolean).join(' · '))));
    });
    const open = agencyChoices.length > 0;
    agencyOptions.hidden = !open;
    agencyInput.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (activeChoice >= 0) agencyInput.setAttribute('aria-activedescendant', 'agency-option-' + activeChoice);
    else agencyInput.removeAttribute('aria-activedescendant');
  }

  async function suggest() {
    const q = agencyInput.value.trim();
    const token = ++suggestToken;
    if (q.length < 2) {
      agencyChoices = [];
      closeOptions();
      return;
    }
    try {
      const data = await api('/api/agencies', { q, size: 10 });
      if (token !== suggestToken) return;
      agencyChoices = data.items || [];
      agencyChoices.forEach((a) => knownAgencies.set(String(a.id), a));
      activeChoice = -1;
      renderOptions();
      setStatus('agency-status', agencyChoices.length === 0 ? 'Không có cơ quan nào khớp “' + q + '”.'
        : agencyChoices.length + ' cơ quan gợi ý.');
    } catch (e) {
      if (token === suggestToken) setStatus('agency-status', 'Không tải được danh sách cơ quan: ' + e.message, true);
    }
  }

  function chooseAgency(agency) {
    knownAgencies.set(String(agency.id), agency);
    agencyInput.value = agency.name;
    agencyChoices = [];
    closeOptions();
    go(agencyHref(agency.id, agencyOptionsChosen()));
  }

  function agencyOptionsChosen() {
    const checked = document.querySelector('#agency-form input[name="role"]:checked');
    return { role: checked ? checked.value : 'any', inherited: $('agency-inherited').checked, asOf: $('agency-asof').value };
  }

  agencyInput.addEventListener('input', () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggest, 150);
  });
  agencyInput.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (agencyChoices.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      activeChoice = (activeChoice + step + agencyChoices.length) % agencyChoices.length;
      renderOptions();
      const active = $('agency-option-' + activeChoice);
      if (active) active.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Escape') {
      closeOptions();
    } else if (event.key === 'Enter' && activeChoice >= 0) {
      event.preventDefault();
      chooseAgency(agencyChoices[activeChoice]);
    }
  });
  agencyInput.addEventListener('blur', () => setTimeout(closeOptions, 100));
  $('agency-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (agencyChoices.length > 0) chooseAgency(agencyChoices[Math.max(activeChoice, 0)]);
    else suggest();
  });
  document.querySelectorAll('#agency-form input[name="role"], #agency-inherited, #agency-asof').forEach((input) =>
    input.addEventListener('change', () => {
      const { parts } = parseHash();
      if (parts[0] === 'agencies' && parts[1]) go(agencyHref(decodeURIComponent(parts[1]), agencyOptionsChosen()));
    }));

  async function agencyNamed(id) {
    if (knownAgencies.has(id)) return knownAgencies.get(id);
    try {
      const agency = await api('/api/agencies/' + encodeURIComponent(id));
      if (agency && agency.name) return agency;
    } catch (ignored) { /* fall back to the register list */ }
    return (await agenciesById()).get(id) || { id, name: id };
  }

  async function showAgency(id, params, fresh) {
    const detail = clear($('agency-detail'));
    const role = ['lead', 'cooperating'].includes(params.get('role')) ? params.get('role') : 'any';
    const inherited = params.get('inherited') === 'true';
    const asOf = /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') || '') ? params.get('asOf') : '';
    document.querySelectorAll('#agency-form input[name="role"]').forEach((r) => { r.checked = r.value === role; });
    $('agency-inherited').checked = inherited;
    $('agency-asof').value = asOf;
    if (!id) {
      setStatus('agency-status', 'Chọn một cơ quan để xem các nhiệm vụ được giao.');
      return;
    }
    setStatus('agency-status', 'Đang tải nhiệm vụ…');
    const query = { role, size: TASK_PAGE_SIZE };
    if (inherited) query.inherited = 'true';
    if (asOf) query.asOf = asOf;
    const path = '/api/agencies/' + encodeURIComponent(id);
    let agency;
    let data;
    let summary;
    try {
      [agency, data, summary] = await Promise.all([agencyNamed(id), api(path + '/tasks', query),
        api(path + '/summary', Object.assign({}, inherited ? { inherited: 'true' } : {}, asOf ? { asOf } : {}))
          .catch(() => null)]);
    } catch (e) {
      if (fresh()) setStatus('agency-status', 'Không tải được nhiệm vụ: ' + e.message, true);
      return;
    }
    if (!fresh()) return;
    if (document.activeElement !== agencyInput) agencyInput.value = agency.name;
    const csvQuery = new URLSearchParams({ role, format: 'csv' });
    if (inherited) csvQuery.set('inherited', 'true');
    if (asOf) csvQuery.set('asOf', asOf);
    const csv = 'api/agencies/' + encodeURIComponent(id) + '/tasks?' + csvQuery;
    const roleWords = role === 'any' ? '' : ' (' + ROLE_LABELS[role].toLowerCase() + ')';
    const day = summary && summary.asOf ? ', tính đến ' + formatDate(summary.asOf) : '';
    setStatus('agency-status', data.total + ' nhiệm vụ của ' + agency.name + roleWords + day + '.');
    detail.append(el('div', { class: 'card' },
      el('h2', { id: 'agency-name' }, agency.name),
      el('p', { class: 'meta' }, [AGENCY_TYPES[agency.type] || agency.type,
        agency.aliases && agency.aliases.length ? 'còn gọi là ' + agency.aliases.join(', ') : null]
        .filter(Boolean).join(' · ')),
      succession(agency),
      summary ? scorecard(summary) : null,
      el('div', { class: 'actions' },
        el('a', { class: 'button', id: 'agency-csv', href: csv, download: 'nhiem-vu-' + id + '.csv' },
          'Tải CSV (' + data.total + ' nhiệm vụ)'))));
    if (data.items.length === 0) {
      detail.append(el('p', {}, 'Chưa có nhiệm vụ nào giao cho cơ quan này' + roleWords + '.'));
      return;
    }
    detail.append(taskTable(data.items, id, 'Nhiệm vụ của ' + agency.name));
    if (data.total > data.items.length) {
      detail.append(el('p', { class: 'meta' }, 'Đang hiện ' + data.items.length + '/' + data.total
        + ' nhiệm vụ; tải CSV để có đủ.'));
    }
  }

  /** Who took over an agency that ended, and whose work it took over. */
  function succession(agency) {
    const links = (list) => (list || []).map((l, i) => [i ? '; ' : '',
      el('a', { href: agencyHref(l.id) }, l.name || l.id), l.functions ? ' (' + l.functions + ')' : '']);
    const parts = [];
    if (agency.validTo || (agency.successors || []).length) {
      parts.push(el('p', { class: 'succession' }, 'Đã kết thúc' + (agency.validTo ? ' từ ' + formatDate(agency.validTo) : '')
        + (agency.endedBy ? ' theo ' + agency.endedBy : '') + '. ',
        (agency.successors || []).length ? ['Nay do: ', links(agency.successors), '.'] : null));
    }
    if ((agency.predecessors || []).length) {
      parts.push(el('p', { class: 'succession' }, 'Tiếp nhận công việc của: ', links(agency.predecessors), '.'));
    }
    return parts;
  }

  /** Task counts by role and due status, as the summary endpoint gives them. */
  function scorecard(summary) {
    const byRole = summary.byRole || {};
    const roles = Object.keys(byRole).filter((r) => Object.values(byRole[r] || {}).some((n) => n > 0));
    if (roles.length === 0) return null;
    const statuses = STATUS_ORDER.filter((s) => roles.some((r) => (byRole[r] || {})[s]))
      .concat(Array.from(new Set(roles.flatMap((r) => Object.keys(byRole[r] || {}))))
        .filter((s) => !STATUS_ORDER.includes(s) && roles.some((r) => byRole[r][s])));
    return el('table', { class: 'data scorecard', id: 'agency-scorecard' },
      el('caption', {}, 'Số nhiệm vụ theo tình trạng thời hạn' + (summary.asOf ? ' (tính đến ' + formatDate(summary.asOf) + ')' : '')),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Vai trò'),
        statuses.map((s) => el('th', { scope: 'col' }, (DUE_STATUS[s] || { text: s }).text)))),
      el('tbody', {}, roles.map((r) => el('tr', {},
        el('th', { scope: 'row' }, ROLE_LABELS[r.toLowerCase()] || r),
        statuses.map((s) => el('td', { 'data-label': (DUE_STATUS[s] || { text: s }).text },
          numberFormat.format((byRole[r] || {})[s] || 0)))))));
  }

  /**
   * The current owners' names when they differ from the agencies the text named as lead and from the agency
   * whose list this is.
   */
  function changedOwners(task, agencyId) {
    const named = (task.lead || []).map((a) => a.id).sort().join('|');
    const now = (task.currentOwners || []).map((a) => a.id).sort().join('|');
    return now && now !== named && now !== String(agencyId) ? task.currentOwners.map((a) => a.name).join(', ') : null;
  }

  function taskTable(tasks, agencyId, caption) {
    const body = el('tbody');
    for (const task of tasks) {
      const leads = (task.lead || []).map((a) => a.name);
      const coops = (task.cooperating || []).map((a) => a.name);
      const isLead = (task.lead || []).some((a) => String(a.id) === String(agencyId))
        || (task.inheritedFrom && (task.lead || []).some((a) => a.id === task.inheritedFrom.id));
      const status = dueStatus(task);
      const doc = task.document || {};
      body.append(el('tr', { class: 'task' },
        el('td', { 'data-label': 'Nhiệm vụ' },
          el('span', { class: 'badge' }, isLead ? 'Chủ trì' : 'Phối hợp'), ' ', task.text,
          leads.length && !isLead ? el('span', { class: 'meta' }, ' — Chủ trì: ' + leads.join(', ')) : null,
          coops.length ? el('span', { class: 'meta' }, ' — Phối hợp: ' + coops.join(', ')) : null,
          task.product ? el('span', { class: 'meta' }, ' — Sản phẩm: ' + task.product) : null,
          task.inheritedFrom ? el('span', { class: 'meta' }, ' — Văn bản giao cho: ' + task.inheritedFrom.name) : null,
          changedOwners(task, agencyId) ? el('span', { class: 'meta owners' }, ' — Nay do: ' + changedOwners(task, agencyId)) : null),
        el('td', { 'data-label': 'Thời hạn', class: 'deadline' }, deadlineText(task.deadline) || 'Không nêu'),
        el('td', { 'data-label': 'Trạng thái' },
          status ? el('span', { class: 'due ' + status.cls }, status.text) : '—'),
        el('td', { 'data-label': 'Nguồn', class: 'source' },
          el('a', { class: 'clause-link', href: clauseHref(doc.id, task.clausePath) },
            (doc.number || documentName(doc)) + (task.clausePath ? ', mục ' + task.clausePath : '')))));
    }
    return el('table', { class: 'data' },
      el('caption', {}, caption),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Nhiệm vụ'), el('th', { scope: 'col' }, 'Thời hạn'),
        el('th', { scope: 'col' }, 'Trạng thái'), el('th', { scope: 'col' }, 'Nguồn (điều khoản)'))),
      body);
  }

  // ---------- documents ----------

  let shownDocument = null;

  async function showDocument(parts, fresh) {
    const id = parts[1] ? decodeURIComponent(parts[1]) : null;
    const clausePath = parts[2] === 'clauses' && parts.length > 3
      ? decodeURIComponent(parts.slice(3).join('/')) : null;
    if (!id) {
      shownDocument = null;
      return showDocumentList(fresh);
    }
    if (shownDocument !== id) {
      shownDocument = null;
      const body = clear($('documents-body'));
      setStatus('documents-status', 'Đang tải văn bản…');
      let detail;
      let clauses;
      try {
        [detail, clauses] = await Promise.all([api('/api/documents/' + id), api('/api/documents/' + id + '/clauses')]);
      } catch (e) {
        if (fresh()) setStatus('documents-status', 'Không tải được văn bản: ' + e.message, true);
        return;
      }
      const [refs, citedBy] = await Promise.all([
        api('/api/documents/' + id + '/references').catch(() => ({ items: [] })),
        api('/api/documents/' + id + '/cited-by').catch(() => ({ items: [] }))]);
      if (!fresh()) return;
      renderDocument(body, detail, clauses.items || [], refs.items || [], citedBy.items || []);
      shownDocument = id;
      setStatus('documents-status', (clauses.items || []).length + ' mục.');
    }
    highlightClause(clausePath);
  }

  async function showDocumentList(fresh) {
    const body = clear($('documents-body'));
    setStatus('documents-status', 'Đang tải danh sách…');
    let data;
    try {
      data = await api('/api/documents', { size: 500 });
    } catch (e) {
      if (fresh()) setStatus('documents-status', 'Không tải được danh sách: ' + e.message, true);
      return;
    }
    if (!fresh()) return;
    setStatus('documents-status', data.total + ' văn bản.');
    const rows = el('tbody');
    for (const d of data.items) {
      rows.append(el('tr', {},
        el('td', { 'data-label': 'Số' }, d.number || '—'),
        el('td', { 'data-label': 'Văn bản' }, el('a', { href: documentHref(d.id) }, documentName(d))),
        el('td', { 'data-label': 'Loại' }, d.type || '—'),
        el('td', { 'data-label': 'Ngày ban hành' }, formatDate(d.issuedDate) || '—'),
        el('td', { 'data-label': 'Cơ quan ban hành' }, d.issuer || '—')));
    }
    body.append(el('table', { class: 'data' },
      el('caption', { class: 'visually-hidden' }, 'Các văn bản đã nạp'),
      el('thead', {}, el('tr', {}, ['Số', 'Văn bản', 'Loại', 'Ngày ban hành', 'Cơ quan ban hành']
        .map((h) => el('th', { scope: 'col' }, h)))),
      rows));
  }

  function renderDocument(body, d, clauses, refs, citedBy) {
    const facts = el('dl', { class: 'facts' });
    const fact = (label, value) => { if (value) facts.append(el('dt', {}, label), el('dd', {}, value)); };
    fact('Số', d.number);
    fact('Loại', d.type);
    fact('Cơ quan ban hành', d.issuer);
    fact('Ngày ban hành', formatDate(d.issuedDate));
    fact('Nơi ban hành', d.place);
    fact('Người ký', d.signer);
    fact('Tệp', d.sourceName);
    if (d.counts) {
      fact('Nội dung', d.counts.clauses + ' mục · ' + d.counts.tasks + ' nhiệm vụ · ' + d.counts.targets
        + ' chỉ tiêu · ' + d.counts.references + ' dẫn chiếu');
    }
    body.append(el('div', { class: 'card' },
      el('h2', { id: 'document-title' }, documentName(d)),
      d.about ? el('p', {}, d.about) : null,
      facts,
      el('div', { class: 'actions' },
        el('a', { class: 'button secondary', href: 'api/tasks?' + new URLSearchParams({ document: d.id, format: 'csv' }) },
          'Tải nhiệm vụ (CSV)'),
        el('a', { class: 'button secondary', href: 'api/documents/' + d.id }, 'Dữ liệu JSON'))));

    const depth = new Map();
    const depthOf = (clause) => {
      if (!clause.parentPath || !depth.has(clause.parentPath)) return 0;
      return depth.get(clause.parentPath) + 1;
    };
    const list = el('ol', { class: 'clauses', 'aria-label': 'Các mục của văn bản' });
    clauses.forEach((c, i) => {
      const level = depthOf(c);
      depth.set(c.path, level);
      list.append(el('li', {
        id: 'clause-' + i, class: 'clause', tabindex: '-1', style: '--depth:' + level, dataset: { path: c.path },
      },
        c.label ? [el('span', { class: 'label' }, c.label), ' '] : null,
        c.heading ? el('span', { class: 'heading' }, c.heading) : null,
        el('a', { class: 'anchor', href: clauseHref(d.id, c.path), 'aria-label': 'Liên kết tới mục ' + c.path }, '§ ' + c.path),
        c.text && c.text !== c.heading ? el('p', {}, c.text) : null));
    });
    body.append(el('h2', {}, 'Cấu trúc văn bản'), clauses.length ? list : el('p', {}, 'Không nhận ra mục nào.'));

    body.append(el('h2', {}, 'Văn bản được dẫn chiếu'));
    if (refs.length === 0) {
      body.append(el('p', {}, 'Không dẫn chiếu văn bản nào.'));
    } else {
      body.append(el('ul', { class: 'refs', id: 'references' }, refs.map((r) => el('li', {},
        r.documentId ? el('a', { href: documentHref(r.documentId) }, r.number || r.asWritten) : el('strong', {}, r.number || r.asWritten),
        r.asWritten && r.asWritten !== r.number ? ' – ' + r.asWritten : '',
        r.relation ? ' (' + (RELATION_LABELS[r.relation] || r.relation) + ')' : '',
        r.clausePath ? [' · ', el('a', { href: clauseHref(d.id, r.clausePath) }, 'mục ' + r.clausePath)] : null))));
    }
    body.append(el('h2', {}, 'Văn bản dẫn chiếu tới văn bản này'));
    if (citedBy.length === 0) {
      body.append(el('p', {}, 'Chưa có văn bản nào đã nạp dẫn chiếu tới văn bản này.'));
    } else {
      body.append(el('ul', { class: 'refs', id: 'cited-by' }, citedBy.map((c) => el('li', {},
        el('a', { href: documentHref(c.document.id) }, documentName(c.document)),
        c.relation ? ' (' + (RELATION_LABELS[c.relation] || c.relation) + ')' : '',
        (c.clausePaths || []).length ? [' · mục ', (c.clausePaths || []).map((p, i) => [i ? ', ' : '',
          el('a', { href: clauseHref(c.document.id, p) }, p)])] : null))));
    }
  }

  function highlightClause(path) {
    document.querySelectorAll('.clause.selected').forEach((c) => {
      c.classList.remove('selected');
      c.removeAttribute('aria-current');
    });
    if (!path) return;
    const target = Array.from(document.querySelectorAll('.clause')).find((c) => c.dataset.path === path);
    if (!target) {
      setStatus('documents-status', 'Văn bản này không có mục “' + path + '”.', true);
      return;
    }
    target.classList.add('selected');
    target.setAttribute('aria-current', 'location');
    target.scrollIntoView({ block: 'start', behavior: 'instant' });
    target.focus({ preventScroll: true });
    setStatus('documents-status', 'Đang xem mục ' + path + '.');
  }

  // ---------- indicators ----------

  async function showIndicators(params, fresh) {
    const q = params.get('q') || '';
    $('indicator-q').value = q;
    const body = clear($('indicators-body'));
    setStatus('indicators-status', 'Đang tải chỉ tiêu…');
    let data;
    try {
      data = await api('/api/indicators', q ? { q, size: 50 } : { size: 50 });
    } catch (e) {
      if (fresh()) setStatus('indicators-status', 'Không tải được chỉ tiêu: ' + e.message, true);
      return;
    }
    if (!fresh()) return;
    setStatus('indicators-status', data.total === 0 ? 'Không có chỉ tiêu nào' + (q ? ' khớp “' + q + '”' : '') + '.'
      : data.total + ' chỉ tiêu' + (q ? ' khớp “' + q + '”' : '') + '.');
    data.items.forEach((indicator, i) => body.append(indicatorCard(indicator, i)));
  }

  function indicatorCard(indicator, index) {
    // by horizon year, undated promises last
    const points = (indicator.timeline || []).slice().sort((a, b) =>
      (a.year || 9999) - (b.year || 9999) || String(a.date || '').localeCompare(String(b.date || '')));
    const card = el('article', { class: 'indicator', 'aria-labelledby': 'indicator-' + index },
      el('h2', { id: 'indicator-' + index }, indicator.label || indicator.indicator),
      el('p', { class: 'meta' }, indicator.targets + ' chỉ tiêu trong ' + new Set(points.map((p) => p.document && p.document.id)).size + ' văn bản'));
    // one chart per unit (the most used first, at most three): values in different units share no axis
    const byUnit = new Map();
    points.filter((p) => typeof p.value === 'number').forEach((p) => {
      const unit = p.unit || '';
      if (!byUnit.has(unit)) byUnit.set(unit, []);
      byUnit.get(unit).push(p);
    });
    Array.from(byUnit.values()).sort((a, b) => b.length - a.length).slice(0, 3).forEach((series, i) => {
      const chart = timelineChart(series, indicator.label || indicator.indicator, 'indicator-chart-' + index + '-' + i);
      if (chart) card.append(chart);
    });
    const rows = el('tbody');
    for (const p of points) {
      rows.append(el('tr', {},
        el('td', { 'data-label': 'Năm' }, p.year || '—'),
        el('td', { 'data-label': 'Mục tiêu' }, valueText(p)),
        el('td', { 'data-label': 'Văn bản' }, p.document
          ? el('a', { href: clauseHref(p.document.id, p.clausePath) }, (p.document.number || documentName(p.document))
            + (p.clausePath ? ', mục ' + p.clausePath : '')) : '—'),
        el('td', { 'data-label': 'Nguyên văn' }, p.text || '')));
    }
    card.append(el('details', { class: 'points' }, el('summary', {}, 'Chi tiết ' + points.length + ' mốc'),
      el('table', { class: 'data' }, el('thead', {}, el('tr', {},
        ['Năm', 'Mục tiêu', 'Văn bản', 'Nguyên văn'].map((h) => el('th', { scope: 'col' }, h)))), rows)));
    return card;
  }

  /** "từ 25 đến 30 lượt", "trên 12,5 %", "100 %": the comparator as the text words it. */
  function valueText(p) {
    if (p.value === null || p.value === undefined) return '—';
    const value = numberFormat.format(p.value);
    const hasUpper = p.upper !== null && p.upper !== undefined && p.upper !== p.value;
    const upper = hasUpper ? numberFormat.format(p.upper) : null;
    const words = String(p.comparator || '').trim();
    const symbols = { gte: '≥ ', gt: '> ', lte: '≤ ', lt: '< ', eq: '' };
    let text;
    if (words.includes('...')) {
      const [before, after] = words.split('...').map((w) => w.trim());
      text = (before ? before + ' ' : '') + value + (upper ? ' ' + (after || '–') + ' ' + upper : '');
    } else {
      const range = upper ? value + '–' + upper : value;
      if (words in symbols) text = symbols[words] + range;
      else if (words === 'đạt' || words === '') text = range;
      else if (words === 'trở lên') text = range + ' trở lên';
      else text = words + ' ' + range;
    }
    return text + (p.unit ? ' ' + p.unit : '');
  }

  /** A small line chart of the values by year: one point per document, a bar where a range was promised. */
  function timelineChart(points, label, id) {
    const usable = points.filter((p) => typeof p.value === 'number' && (p.year || p.date));
    if (usable.length === 0) return null;
    const NS = 'http://www.w3.org/2000/svg';
    const svgEl = (tag, attrs, text) => {
      const node = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const W = 480, H = 200, left = 56, right = 20, top = 16, bottom = 34;
    const xOf = (p) => p.year || parseInt(String(p.date).slice(0, 4), 10);
    const years = usable.map(xOf);
    const values = usable.flatMap((p) => (typeof p.upper === 'number' ? [p.value, p.upper] : [p.value]));
    let minX = Math.min(...years), maxX = Math.max(...years);
    let minY = Math.min(...values), maxY = Math.max(...values);
    if (minX === maxX) { minX -= 1; maxX += 1; }
    if (minY === maxY) { minY -= Math.abs(minY) * 0.1 || 1; maxY += Math.abs(maxY) * 0.1 || 1; }
    const x = (v) => left + ((v - minX) / (maxX - minX)) * (W - left - right);
    const y = (v) => top + (1 - (v - minY) / (maxY - minY)) * (H - top - bottom);
    const unit = usable.find((p) => p.unit)?.unit || '';

    const svg = svgEl('svg', { class: 'chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-labelledby': id + '-title ' + id + '-desc' });
    svg.append(svgEl('title', { id: id + '-title' }, 'Diễn biến chỉ tiêu: ' + label));
    svg.append(svgEl('desc', { id: id + '-desc' }, usable.map((p) => xOf(p) + ': ' + valueText(p)).join('; ')));
    svg.append(svgEl('line', { class: 'axis', x1: left, y1: H - bottom, x2: W - right, y2: H - bottom }));
    svg.append(svgEl('line', { class: 'axis', x1: left, y1: top, x2: left, y2: H - bottom }));
    svg.append(svgEl('text', { class: 'tick', x: left - 6, y: y(maxY) + 4, 'text-anchor': 'end' }, numberFormat.format(maxY)));
    svg.append(svgEl('text', { class: 'tick', x: left - 6, y: y(minY) + 4, 'text-anchor': 'end' }, numberFormat.format(minY)));
    if (unit) svg.append(svgEl('text', { class: 'tick', x: 4, y: top - 4 }, unit));
    for (const year of Array.from(new Set(years))) {
      svg.append(svgEl('text', { class: 'tick', x: x(year), y: H - bottom + 16, 'text-anchor': 'middle' }, year));
    }
    // a line only where each year has one value: several values in a year are different promises, not a trend
    if (new Set(years).size === usable.length && usable.length > 1) {
      svg.append(svgEl('polyline', { class: 'line', points: usable.map((p) => x(xOf(p)) + ',' + y(p.value)).join(' ') }));
    }
    for (const p of usable) {
      if (typeof p.upper === 'number' && p.upper !== p.value) {
        svg.append(svgEl('line', { class: 'range', x1: x(xOf(p)), y1: y(p.value), x2: x(xOf(p)), y2: y(p.upper) }));
      }
      const dot = svgEl('circle', { class: 'point', cx: x(xOf(p)), cy: y(p.value), r: 4 });
      dot.append(svgEl('title', {}, xOf(p) + ': ' + valueText(p) + (p.document ? ' – ' + (p.document.number || documentName(p.document)) : '')));
      svg.append(dot);
      svg.append(svgEl('text', { x: x(xOf(p)), y: y(p.value) - 8, 'text-anchor': 'middle' }, numberFormat.format(p.value)));
    }
    return svg;
  }

  $('indicator-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = $('indicator-q').value.trim();
    go(toHash('/indicators', q ? new URLSearchParams({ q }) : null));
  });

  // ---------- start ----------

  $('skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    $('main').focus();
  });
  window.addEventListener('hashchange', route);
  window.vanban = { safeSnippet, dueStatus, indicatorCard };
  route();
})();
