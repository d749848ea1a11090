import type { BrowserSamples } from './packBrowserSamples.js';

/**
 * The results browser's script, run in the page (embedded as its source text, so it must use nothing
 * but browser globals). It reads the samples from `script#nn-samples-data`, builds the filters, shows
 * one page of matching samples at a time and opens a bar's samples when a bar is clicked. Every piece
 * of dataset or model text goes into the page through `textContent`, never as markup.
 */
export function resultsBrowserClient(): void {
  performance.mark('nn-samples-start');
  const root = document.getElementById('nn-samples');
  const source = document.getElementById('nn-samples-data');
  if (!root || !source) return;
  const data = JSON.parse(source.textContent ?? '{}') as BrowserSamples;
  const S = data.strings;
  const FAILED = 1;
  const UNPARSED = 2;
  const TRUNCATED = 4;
  const ANY = -2;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const byClass = <T extends HTMLElement>(name: string): T => root.querySelector(`.${name}`) as T;

  type Column = 'claim' | 'condition' | 'evalType' | 'verdict' | 'judge' | 'model';
  const FILTERS: Array<{ column: Column; label: string }> = [
    { column: 'claim', label: 'Claim' },
    { column: 'condition', label: 'Condition' },
    { column: 'evalType', label: 'Eval type' },
    { column: 'verdict', label: 'Verdict' },
    { column: 'judge', label: 'Judge' },
    { column: 'model', label: 'Model' },
  ];
  const FAILURES: Array<{ value: string; label: string; test: (flags: number) => boolean }> = [
    { value: 'any', label: 'any', test: () => true },
    { value: 'none', label: 'none (counted)', test: (f) => (f & (FAILED | UNPARSED)) === 0 },
    { value: 'failed', label: 'failed', test: (f) => (f & FAILED) !== 0 },
    { value: 'unparsed', label: 'unparsed', test: (f) => (f & UNPARSED) !== 0 },
    { value: 'truncated', label: 'truncated', test: (f) => (f & TRUNCATED) !== 0 },
  ];
  const filter: Record<Column, number> = { claim: ANY, condition: ANY, evalType: ANY, verdict: ANY, judge: ANY, model: ANY };
  let failure = FAILURES[0]!;
  let query = '';
  let page = 0;
  let pageSize = 50;
  let matches: number[] = [];
  // A pooled row (`all`, `salience`) chosen as the eval type: the eval types it pools.
  let pool: { name: string; evalTypes: Set<number> } | null = null;
  let haystack: string[] | null = null;

  const labelOf = (column: Column, value: string): string => {
    const label = column === 'claim' ? data.labels.claim[value] : column === 'condition' ? data.labels.condition[value] : undefined;
    return label && label !== value ? `${label} (${value})` : value;
  };

  // Filters: one <select> per column, options in order of first appearance with their sample counts.
  const controls = byClass<HTMLDivElement>('nn-filters');
  const selects = new Map<Column, HTMLSelectElement>();
  for (const { column, label } of FILTERS) {
    const counts = new Map<number, number>();
    for (const v of data[column]) counts.set(v, (counts.get(v) ?? 0) + 1);
    if (column === 'model' && counts.size < 2) continue;
    const select = el('select');
    select.name = column;
    select.append(new Option(`all (${data.count})`, String(ANY)));
    const values = [...counts.keys()].sort((a, b) => (column === 'claim' || column === 'condition' ? a - b : S[a] === undefined ? 1 : S[b] === undefined ? -1 : S[a]!.localeCompare(S[b]!)));
    if (column === 'evalType') {
      for (const [name, types] of Object.entries(data.pooled)) {
        const n = types.reduce((sum, t) => sum + (counts.get(t) ?? 0), 0);
        select.append(new Option(`${name} (${types.map((t) => S[t]).join(' + ')}) (${n})`, `pool:${name}`));
      }
    }
    for (const v of values) select.append(new Option(`${v < 0 ? '(none)' : labelOf(column, S[v]!)} (${counts.get(v)})`, String(v)));
    select.addEventListener('change', () => {
      const pooled = select.value.startsWith('pool:') ? select.value.slice(5) : null;
      if (column === 'evalType') pool = pooled ? { name: pooled, evalTypes: new Set(data.pooled[pooled]) } : null;
      filter[column] = pooled ? ANY : Number(select.value);
      update(true);
    });
    const wrap = el('label', 'nn-filter', `${label} `);
    wrap.append(select);
    controls.append(wrap);
    selects.set(column, select);
  }
  const failureSelect = el('select');
  failureSelect.name = 'failure';
  for (const f of FAILURES) failureSelect.append(new Option(f.label, f.value));
  failureSelect.addEventListener('change', () => {
    failure = FAILURES.find((f) => f.value === failureSelect.value) ?? FAILURES[0]!;
    update(true);
  });
  const failureWrap = el('label', 'nn-filter', 'Failure ');
  failureWrap.append(failureSelect);
  const search = el('input');
  search.type = 'search';
  search.name = 'search';
  search.placeholder = 'question, answer or reason contains…';
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      query = search.value.trim().toLowerCase();
      update(true);
    }, 150);
  });
  const searchWrap = el('label', 'nn-filter', 'Text ');
  searchWrap.append(search);
  const reset = el('button', 'nn-reset', 'Clear filters');
  reset.type = 'button';
  reset.addEventListener('click', () => setFilters({}));
  controls.append(failureWrap, searchWrap, reset);

  // Pager (above the list) and page size.
  const summary = byClass<HTMLParagraphElement>('nn-samples-summary');
  const list = byClass<HTMLOListElement>('nn-sample-list');
  const pager = byClass<HTMLDivElement>('nn-pager');
  const prev = el('button', 'nn-prev', '← Previous');
  const next = el('button', 'nn-next', 'Next →');
  prev.type = next.type = 'button';
  const pageInfo = el('span', 'nn-page-info');
  const sizeSelect = el('select');
  sizeSelect.name = 'page-size';
  for (const n of [25, 50, 100, 200]) sizeSelect.append(new Option(`${n} a page`, String(n), n === pageSize, n === pageSize));
  prev.addEventListener('click', () => showPage(page - 1));
  next.addEventListener('click', () => showPage(page + 1));
  sizeSelect.addEventListener('change', () => {
    pageSize = Number(sizeSelect.value);
    showPage(0);
  });
  pager.append(prev, pageInfo, next, sizeSelect);

  // Lower-cased text for the search, built once (when the page is idle, or at the first search).
  const buildHaystack = (): string[] =>
    (haystack ??= data.response.map((r, i) => `${S[data.question[i]!] ?? ''}\n${r}\n${data.reason[i] ?? ''}\n${data.judgeRaw[i] ?? ''}\n${data.error[i] ?? ''}`.toLowerCase()));

  function update(resetPage: boolean): void {
    const text = query ? buildHaystack() : null;
    const active = FILTERS.filter((f) => filter[f.column] !== ANY);
    const out: number[] = [];
    let yes = 0;
    let counted = 0;
    let failed = 0;
    let unparsed = 0;
    let truncated = 0;
    const yesIndex = S.indexOf('yes');
    for (let i = 0; i < data.count; i++) {
      let keep = true;
      for (const f of active) {
        if (data[f.column][i] !== filter[f.column]) {
          keep = false;
          break;
        }
      }
      const flags = data.flags[i]!;
      if (pool && !pool.evalTypes.has(data.evalType[i]!)) continue;
      if (!keep || !failure.test(flags) || (text && !text[i]!.includes(query))) continue;
      out.push(i);
      if (flags & FAILED) failed++;
      else if (flags & UNPARSED) unparsed++;
      else {
        counted++;
        if (data.verdict[i] === yesIndex) yes++;
      }
      if (flags & TRUNCATED) truncated++;
    }
    matches = out;
    const rate = counted > 0 ? `${((100 * yes) / counted).toFixed(1)}% yes (${yes} of ${counted} counted)` : 'no counted sample';
    summary.textContent = `${out.length} of ${data.count} samples · ${rate} · ${failed} failed · ${unparsed} unparsed · ${truncated} truncated`;
    showPage(resetPage ? 0 : page);
    if (linked) writeLink();
  }

  function showPage(wanted: number): void {
    const pages = Math.max(1, Math.ceil(matches.length / pageSize));
    page = Math.min(Math.max(0, wanted), pages - 1);
    pageInfo.textContent = ` page ${page + 1} of ${pages} `;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    const rows = document.createDocumentFragment();
    for (const i of matches.slice(page * pageSize, (page + 1) * pageSize)) rows.append(sampleRow(i));
    list.replaceChildren(rows);
    list.start = page * pageSize + 1;
  }

  // Long answers (the paper's reach 26,000 characters) show their start until asked: laying out a
  // page of whole answers is what made paging slow.
  const CLAMP = 2000;
  function field(name: string, label: string, text: string): HTMLDivElement {
    const box = el('div', `nn-field nn-s-${name}`);
    const body = el('div', 'nn-text', text.length > CLAMP ? `${text.slice(0, CLAMP)}…` : text);
    box.append(el('div', 'nn-field-label', label), body);
    if (text.length > CLAMP) {
      const more = el('button', 'nn-more', `Show all ${text.length} characters`);
      more.type = 'button';
      more.addEventListener('click', () => {
        body.textContent = text;
        more.remove();
      });
      box.append(more);
    }
    return box;
  }

  function sampleRow(i: number): HTMLLIElement {
    const row = el('li', 'nn-sample');
    row.dataset['index'] = String(i);
    const flags = data.flags[i]!;
    const verdict = S[data.verdict[i]!] ?? '';
    const head = el('div', 'nn-sample-head');
    head.append(el('span', `nn-verdict nn-verdict-${verdict.replace(/[^a-z_]/g, '')}`, verdict));
    if (flags & FAILED) head.append(el('span', 'nn-flag', 'failed'));
    if (flags & UNPARSED) head.append(el('span', 'nn-flag', 'unparsed'));
    if (flags & TRUNCATED) head.append(el('span', 'nn-flag', 'truncated'));
    const at = (column: number[]) => (column[i]! < 0 ? '' : S[column[i]!]!);
    const where = [labelOf('claim', at(data.claim)), labelOf('condition', at(data.condition)), at(data.evalType), `${at(data.questionId)} #${data.sampleIndex[i]}`, at(data.model), at(data.judge)];
    head.append(el('span', 'nn-sample-where', where.filter((w) => w !== '').join(' · ')));
    row.append(head, field('question', 'Question', at(data.question)), field('answer', "Model's answer", data.response[i] ?? ''));
    const reason = data.reason[i];
    const raw = data.judgeRaw[i];
    if (reason !== null && reason !== undefined) row.append(field('reason', "Judge's reason", reason));
    if (raw !== null && raw !== undefined) row.append(field('judge-raw', "Judge's output", raw));
    if (reason == null && raw == null) row.append(field('reason', "Judge's reason", flags & FAILED ? '(not judged)' : `(none: ${at(data.judge)})`));
    const error = data.error[i];
    if (error !== null && error !== undefined) row.append(field('error', 'Error', error));
    const settings = el('details', 'nn-s-settings');
    settings.append(el('summary', undefined, 'Settings'), el('pre', undefined, at(data.settings)));
    row.append(settings);
    return row;
  }

  /** Sets every filter at once (absent: all), as a bar click or a link does. */
  function setFilters(values: Partial<Record<Column, string>>, extra: { failure?: string; text?: string } = {}): void {
    pool = null;
    for (const { column } of FILTERS) {
      const wanted = values[column];
      const select = selects.get(column);
      if (column === 'evalType' && wanted !== undefined && (data.pooled[wanted] || (wanted === 'all' && !S.includes('all')))) {
        // A pooled row: its eval types (`all` without pools: every sample measures belief).
        const types = data.pooled[wanted];
        pool = types ? { name: wanted, evalTypes: new Set(types) } : null;
        filter[column] = ANY;
        if (select) select.value = types ? `pool:${wanted}` : String(ANY);
        continue;
      }
      const value = wanted === undefined ? ANY : S.indexOf(wanted);
      filter[column] = value;
      if (select) select.value = String(value);
      // A name no sample carries still filters (to nothing) rather than silently showing everything.
      if (select && select.value !== String(value)) {
        select.append(new Option(`${wanted} (0)`, String(value)));
        select.value = String(value);
      }
    }
    failure = FAILURES.find((f) => f.value === extra.failure) ?? FAILURES[0]!;
    failureSelect.value = failure.value;
    search.value = extra.text ?? '';
    query = search.value.trim().toLowerCase();
    update(true);
  }

  // The filters travel in the address (`#nn-samples?claim=…&failure=failed`), so a view of the samples
  // can be bookmarked, shared with the file, and survives a reload.
  const LINK = '#nn-samples?';
  let linked = false;
  function writeLink(): void {
    const params = new URLSearchParams();
    for (const { column } of FILTERS) {
      if (column === 'evalType' && pool) params.set(column, pool.name);
      else if (filter[column] !== ANY) params.set(column, S[filter[column]] ?? '');
    }
    if (failure.value !== 'any') params.set('failure', failure.value);
    if (search.value.trim()) params.set('text', search.value.trim());
    const text = params.toString();
    history.replaceState(null, '', text ? `${LINK}${text}` : `${location.pathname}${location.search}`);
  }

  // A click (or Enter) on a bar opens the samples behind it: a by-claim bar is the `all` row, which
  // pools the belief eval types only.
  const charts: Record<string, (group: string, condition: string) => Partial<Record<Column, string>>> = {
    'belief-by-claim': (group, condition) => (group === '__mean__' ? { condition, evalType: 'all' } : { claim: group, condition, evalType: 'all' }),
    'belief-by-eval-type': (group, condition) => ({ evalType: group, condition }),
  };
  for (const [id, toFilter] of Object.entries(charts)) {
    document.querySelectorAll<SVGElement>(`svg#${id} .nn-bar, svg#${id} .nn-bar-empty`).forEach((bar) => {
      bar.setAttribute('tabindex', '0');
      bar.setAttribute('role', 'button');
      const open = () => {
        document.querySelectorAll('.nn-bar-selected').forEach((b) => b.classList.remove('nn-bar-selected'));
        bar.classList.add('nn-bar-selected');
        setFilters(toFilter(bar.dataset['group'] ?? '', bar.dataset['condition'] ?? ''));
        root.scrollIntoView({ block: 'start' });
      };
      bar.addEventListener('click', open);
      bar.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          open();
        }
      });
    });
  }

  if (location.hash.startsWith(LINK)) {
    const params = new URLSearchParams(location.hash.slice(LINK.length));
    const values: Partial<Record<Column, string>> = {};
    for (const { column } of FILTERS) {
      const value = params.get(column);
      if (value !== null) values[column] = value;
    }
    setFilters(values, { failure: params.get('failure') ?? 'any', text: params.get('text') ?? '' });
    root.scrollIntoView({ block: 'start' });
  } else update(true);
  linked = true;
  root.dataset['ready'] = 'true';
  performance.mark('nn-samples-ready');
  // The search index (the lower-cased text, ~100 ms for 10,000 of the paper's samples) is built when the
  // page is idle after opening, so neither opening nor the first search waits for it.
  if ('requestIdleCallback' in window) setTimeout(() => requestIdleCallback(() => buildHaystack(), { timeout: 5000 }), 1000);
}
