// The review page (GET /): sends pasted text to POST /extract or a file to POST /extract/file, shows the
// document with its spans highlighted and the measurements in a table, and downloads them (CSV and XLSX
// rendered by POST /export/{format}, JSON as the response plus its text). Work on a long document is done
// in slices between which the browser handles input, so the page answers while it renders.
'use strict';

(() => {
  const BLOCK_CHARS = 2000;  // text per block of the document view; a block off screen is not laid out
  const SLICE_MS = 12;       // work between two yields to the browser

  // Display names; the vocabularies themselves are read from the service's OpenAPI document.
  const LABEL_NAMES = {IND: '指标', VAL: '数值', UNIT: '单位', TIME: '时间'};
  const KIND_NAMES = {level: '水平', change: '变化', rank: '排名'};
  const SOURCE_NAMES = {sentence: '句中时间', paragraph: '段落时间', section: '章节标题', report: '报告期', document: '文件日期'};
  const REFERENCE_NAMES = {title: '标题', metadata: '元数据', text: '正文', request: '请求'};
  const APPROX_NAMES = {about: '约', over: '超过', under: '不到', at_least: '不少于', at_most: '不超过'};
  const GRANULARITY_NAMES = {day: '日', month: '月', quarter: '季度', half: '半年', year: '年', years: '多年', as_of: '时点'};

  const $ = (id) => document.getElementById(id);
  const view = $('document');
  const tbody = document.querySelector('#measurements tbody');
  const DETAIL_PLACEHOLDER = $('detail').innerHTML;
  const collator = new Intl.Collator('zh-CN');
  const numberFormat = new Intl.NumberFormat('en-US', {maximumFractionDigits: 6});

  let shown = null;   // what is on the page: the text, the response and the indexes built over them
  let generation = 0; // bumped by every new extraction, so that a render still running for an older one stops

  const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);
  const nameOf = (names, value) => (value in names ? `${names[value]} ${value}` : value);
  const yieldToBrowser = () => (globalThis.scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r)));

  // Runs step() while more(), yielding to the browser every SLICE_MS (after calling onYield); false if a
  // newer extraction began meanwhile.
  async function sliced(more, step, onYield) {
    const mine = generation;
    let deadline = performance.now() + SLICE_MS;
    while (more()) {
      step();
      if (performance.now() > deadline) {
        onYield();
        await yieldToBrowser();
        if (mine !== generation) return false;
        deadline = performance.now() + SLICE_MS;
      }
    }
    return mine === generation;
  }

  // ---- status ----
  function setState(name) { document.body.dataset.state = name; }
  function progress(fraction, message) {
    $('progress').hidden = false;
    const bar = $('progress-bar');
    if (fraction === null) bar.removeAttribute('value'); else bar.value = fraction;
    $('progress-text').textContent = message;
  }
  function fail(message) {
    setState('error');
    $('progress').hidden = true;
    $('error').hidden = false;
    $('error').textContent = message;
  }
  function detailOf(body, status) {
    const detail = body && body.detail;
    if (Array.isArray(detail)) return detail.map((d) => d.msg).join('；');
    return detail || `服务返回 ${status}`;
  }

  // ---- the service ----
  // POSTs body and resolves with the response (JSON, or a Blob for responseType 'blob'), showing the upload's
  // progress and then the time the service has been working.
  function post(url, body, {contentType, responseType = 'json', working}) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const started = performance.now();
      let timer = null;
      const waiting = () => progress(null, `${working}… ${((performance.now() - started) / 1000).toFixed(0)} 秒`);
      xhr.open('POST', url);
      if (contentType) xhr.setRequestHeader('Content-Type', contentType);
      const key = $('api-key').value.trim();  // only where the service requires keys (ZHIBIAO_API_KEYS)
      if (key) xhr.setRequestHeader('Authorization', `Bearer ${key}`);
      xhr.responseType = responseType;
      xhr.upload.onprogress = (e) => e.lengthComputable && progress(e.loaded / e.total, `上传 ${(e.loaded / 2 ** 20).toFixed(1)} / ${(e.total / 2 ** 20).toFixed(1)} MB`);
      xhr.upload.onload = () => { waiting(); timer = setInterval(waiting, 500); };
      xhr.onloadend = () => clearInterval(timer);
      xhr.onload = async () => {
        if (xhr.status < 300) return resolve(xhr.response);
        let body = xhr.response;
        if (responseType === 'blob') body = await body.text().then(JSON.parse, () => null).catch(() => null);
        reject(new Error(detailOf(body, xhr.status)));
      };
      xhr.onerror = () => reject(new Error('无法连接服务'));
      waiting();
      xhr.send(body);
    });
  }

  async function extractText(text) {
    if (!text.trim()) return fail('请先粘贴报告文本');
    const body = JSON.stringify({text, reference_date: $('reference-date').value || null});
    const working = `正在提取（${text.length.toLocaleString()} 字）`;
    await run('zhibiao', () => post('extract', body, {contentType: 'application/json', working}), () => text);
  }

  async function extractFile(file) {
    const form = new FormData();
    form.append('file', file);
    const stem = file.name.replace(/\.[^.]*$/, '') || 'zhibiao';
    form.append('doc_id', stem);
    if ($('reference-date').value) form.append('reference_date', $('reference-date').value);
    const working = `正在读取并提取 ${file.name}`;
    await run(stem, () => post('extract/file', form, {working}), (response) => response.text);
  }

  // One extraction: request() resolves with the response, textOf(response) is the text its offsets index.
  async function run(name, request, textOf) {
    const mine = ++generation;
    setState('extracting');
    $('error').hidden = true;
    $('extract').disabled = true;
    const started = performance.now();
    try {
      const response = await request();
      if (mine !== generation) return; // a newer extraction began meanwhile
      const extracted = performance.now();
      const rendered = await show(textOf(response), response, name);
      if (!rendered) return;
      const seconds = (from, to) => ((to - from) / 1000).toFixed(1);
      progress(1, `完成：${response.measurements.length} 条测量；提取 ${seconds(started, extracted)} 秒，显示 ${seconds(extracted, performance.now())} 秒`);
      setState('done');
    } catch (err) {
      if (mine === generation) fail(err.message);
    } finally {
      if (mine === generation) $('extract').disabled = false;
    }
  }

  // ---- showing a result ----
  async function show(text, response, name) {
    shown = {text, response, name, nodes: [], starts: [], marks: [], markStarts: [], measurements: new Map(),
             rows: new Map(), spansOf: new Map(), sort: {key: 'id', descending: false}, pinned: null};
    setState('rendering');
    $('results').hidden = false;
    $('detail').innerHTML = DETAIL_PLACEHOLDER;
    showSummary(text, response, name);
    const measurements = response.measurements;
    for (const m of measurements) shown.measurements.set(m.id, m);
    // the document's characters and the table's rows, weighed by about what each costs to show
    const textWork = text.length, tableWork = measurements.length * 20;
    const report = (done) => progress(done / (textWork + tableWork), `正在显示… ${Math.round(100 * done / (textWork + tableWork))}%`);
    if (!(await renderDocument(text, response.entities, (f) => report(f * textWork)))) return false;
    linkMeasurements(measurements);
    if (!(await renderTable(measurements, (f) => report(textWork + f * tableWork)))) return false;
    fillFilters(measurements);
    applyFilters();
    return true;
  }

  function showSummary(text, response, name) {
    $('doc-title').textContent = response.doc_id || name;
    $('counts').textContent = `${response.measurements.length} 条测量 · ${response.entities.length} 个片段 · ${text.length.toLocaleString()} 字`;
    const reference = response.reference_date;
    $('reference').textContent = reference.date
      ? `参考日期 ${reference.date}（来自${REFERENCE_NAMES[reference.source] || reference.source}）` : '未找到参考日期';
    $('warnings').textContent = response.warnings.join('；');
  }

  // The text in blocks of about BLOCK_CHARS (cut at a line break or 。 outside a span), each span a <mark>.
  // Every text node is indexed by its offset, so that any offsets can be turned into a DOM Range.
  async function renderDocument(text, entities, onProgress) {
    view.replaceChildren();
    const spans = entities.slice().sort((a, b) => a.start - b.start || a.end - b.end);
    const cuts = /[\n。]/g;
    let pos = 0, next = 0, block = null, blockStart = 0;
    const addText = (parent, start, end) => {
      const node = document.createTextNode(text.slice(start, end));
      parent.append(node);
      shown.nodes.push(node);
      shown.starts.push(start);
    };
    const addMark = (span) => {
      const mark = document.createElement('mark');
      mark.className = `ent ent-${span.label}`;
      mark.dataset.label = span.label;
      mark.dataset.start = span.start;
      mark.dataset.end = span.end;
      mark.title = `${nameOf(LABEL_NAMES, span.label)} · ${span.score}`;
      if (span.end > span.start) addText(mark, span.start, span.end);
      block.append(mark);
      shown.marks.push(mark);
      shown.markStarts.push(span.start);
    };
    // one step: the next span, or the plain text up to it (or up to a block's cut)
    const stepOnce = () => {
      if (!block) {
        block = document.createElement('div');
        block.className = 'block';
        view.append(block);
        blockStart = pos;
      }
      const span = spans[next];
      if (span && span.start < pos) { next++; return; } // overlaps the span before it: cannot be shown inline
      if (span && span.start === pos) { addMark(span); pos = span.end; next++; return; }
      const stop = span ? span.start : text.length;
      let end = stop;
      if (stop - blockStart > BLOCK_CHARS) {
        cuts.lastIndex = Math.max(pos, blockStart + BLOCK_CHARS);
        const cut = cuts.exec(text);
        if (cut && cut.index < stop) end = cut.index + 1;
      }
      addText(block, pos, end);
      pos = end;
      if (end < stop) block = null;
    };
    return sliced(() => pos < text.length || next < spans.length, stepOnce, () => onProgress(pos / text.length));
  }

  // The index of the last entry of a sorted array that is <= value (-1 if none).
  function lastAtMost(sorted, value) {
    let lo = 0, hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] <= value) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
  }

  function rangeOf(start, end) {
    const at = (offset) => {
      const i = Math.max(0, lastAtMost(shown.starts, offset));
      const node = shown.nodes[i];
      return [node, Math.min(Math.max(0, offset - shown.starts[i]), node.length)];
    };
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(end));
    return range;
  }

  // The mark whose span holds the offset (or starts at it: a masked value is an empty span at its unit).
  function markAt(offset) {
    const i = lastAtMost(shown.markStarts, offset);
    if (i < 0) return null;
    const mark = shown.marks[i];
    return offset < Number(mark.dataset.end) || offset === shown.markStarts[i] ? mark : null;
  }

  function linkMeasurements(measurements) {
    for (const m of measurements) {
      const mark = markAt(m.value.start);
      const of = (part) => (part && part.start !== null ? markAt(part.start) : null);
      shown.spansOf.set(m.id, {value: mark, indicator: of(m.indicator), unit: of(m.unit), time: of(m.time)});
      if (!mark) continue;
      mark.classList.add('measured');
      mark.dataset.measurements = mark.dataset.measurements ? `${mark.dataset.measurements} ${m.id}` : m.id;
    }
  }

  // ---- the measurement detail ----
  const fmt = (n) => (n === null || n === undefined ? '' : numberFormat.format(n));
  const numberText = (m) => {
    const v = m.value;
    if (v.masked) return '（隐去）';
    const approx = v.approx ? `${APPROX_NAMES[v.approx] || v.approx} ` : '';
    if (v.number !== null) return approx + fmt(v.number);
    if (v.low !== null || v.high !== null) return `${approx}${fmt(v.low)}–${fmt(v.high)}`;
    return '';
  };
  const periodText = (m) => (m.time ? `${m.time.period_start ?? '?'} – ${m.time.period_end ?? '?'}` : '');
  const goto = (part) => (part && part.start !== null ? ` <button type="button" class="link" data-goto="${part.start} ${part.end}">定位</button>` : '');

  function detailHtml(m) {
    const v = m.value, u = m.unit, t = m.time;
    const sentence = shown.text.slice(m.sentence.start, m.sentence.end);
    const range = v.low !== null || v.high !== null ? `区间 ${fmt(v.low)} – ${fmt(v.high)}` : '';
    const value = [v.text ? `“${escape(v.text)}”` : '（无数字）', numberText(m) && `→ ${escape(numberText(m))}`, range && `（${range}）`].filter(Boolean).join(' ');
    const source = t ? `${escape(nameOf(SOURCE_NAMES, t.source))}${t.text ? `：“${escape(t.text)}”${goto(t)}` : ''}` : '';
    return `<section class="measurement" data-id="${escape(m.id)}">
      <h2>${escape(m.id)} <span class="badge">${escape(nameOf(KIND_NAMES, m.kind))}</span>
        <span class="badge${m.target ? ' target' : ''}">${m.target ? '目标' : '实际'}</span></h2>
      <dl>
        <dt>指标</dt><dd>${m.indicator ? `${escape(m.indicator.text)}${goto(m.indicator)}` : '（未找到）'}</dd>
        <dt>数值</dt><dd>${value}${goto(v)}</dd>
        <dt>单位</dt><dd>${u ? `${escape(u.text)} → ${escape(u.canonical)} · ${escape(u.dimension)}${goto(u)}` : '（无）'}</dd>
        <dt>时期</dt><dd class="period">${t ? `${escape(periodText(m))} · ${escape(nameOf(GRANULARITY_NAMES, t.granularity ?? '') || '未知')}` : '（无）'}</dd>
        <dt>时期依据</dt><dd class="source">${source || '（无）'}</dd>
        <dt>置信度</dt><dd>${m.confidence.toFixed(4)}</dd>
        <dt>句子</dt><dd>${escape(sentence)} <button type="button" class="link" data-row="${escape(m.id)}">表格中的行</button></dd>
      </dl></section>`;
  }

  function showMeasurements(ids) {
    for (const mark of view.querySelectorAll('mark.active, mark.linked')) mark.classList.remove('active', 'linked');
    $('detail').innerHTML = ids.map((id) => detailHtml(shown.measurements.get(id))).join('');
    for (const id of ids) {
      const spans = shown.spansOf.get(id);
      spans.value?.classList.add('active');
      for (const part of ['indicator', 'unit', 'time']) spans[part]?.classList.add('linked');
    }
  }

  function scrollToText(start, end, highlight) {
    const range = rangeOf(start, end);
    range.startContainer.parentElement.closest('.block').scrollIntoView({block: 'nearest'});
    const box = range.getBoundingClientRect(), frame = view.getBoundingClientRect();
    view.scrollTop += box.top - frame.top - frame.height / 3;
    if (highlight && globalThis.CSS?.highlights) CSS.highlights.set('sentence', new Highlight(range));
  }

  view.addEventListener('mouseover', (e) => {
    const mark = e.target.closest('mark.measured');
    if (mark && !shown.pinned) showMeasurements(mark.dataset.measurements.split(' '));
  });
  view.addEventListener('click', (e) => {
    const mark = e.target.closest('mark.measured');
    if (!mark) return;
    const ids = mark.dataset.measurements.split(' ');
    shown.pinned = shown.pinned === mark ? null : mark;
    showMeasurements(ids);
  });
  $('detail').addEventListener('click', (e) => {
    const button = e.target.closest('button');
    if (!button) return;
    if (button.dataset.goto) {
      const [start, end] = button.dataset.goto.split(' ').map(Number);
      scrollToText(start, end, true);
    } else if (button.dataset.row) {
      const row = shown.rows.get(button.dataset.row);
      if (row.hidden) resetFilters();
      selectRow(row);
      row.scrollIntoView({block: 'center'});
    }
  });

  // ---- the table ----
  const COLUMNS = [
    {key: 'id', title: '编号', text: (m) => m.id, sort: (m) => Number(m.id.slice(1)) || 0},
    {key: 'indicator', title: '指标', text: (m) => m.indicator?.text ?? ''},
    {key: 'value', title: '值', text: (m) => m.value.text},
    {key: 'number', title: '数值', text: numberText, sort: (m) => m.value.number ?? m.value.low ?? m.value.high ?? -Infinity, numeric: true},
    {key: 'unit', title: '单位', text: (m) => m.unit?.text ?? ''},
    {key: 'canonical', title: '标准单位', text: (m) => m.unit?.canonical ?? ''},
    {key: 'period', title: '时期', text: periodText, sort: (m) => (m.time?.period_start ?? '') + (m.time?.period_end ?? '')},
    {key: 'kind', title: '类型', text: (m) => KIND_NAMES[m.kind] ?? m.kind},
    {key: 'target', title: '目标', text: (m) => (m.target ? '目标' : '实际')},
    {key: 'confidence', title: '置信度', text: (m) => m.confidence.toFixed(4), sort: (m) => m.confidence, numeric: true},
    {key: 'sentence', title: '句子', text: (m) => shown.text.slice(m.sentence.start, m.sentence.end)},
  ];

  document.querySelector('#measurements thead tr').innerHTML =
    COLUMNS.map((c) => `<th scope="col" data-key="${c.key}">${c.title}</th>`).join('');

  function rowHtml(m) {
    const cells = COLUMNS.map((c) => {
      const text = escape(c.text(m));
      return `<td class="${c.numeric ? 'num' : ''}" title="${text}">${text}</td>`;
    });
    return `<tr data-id="${escape(m.id)}">${cells.join('')}</tr>`;
  }

  async function renderTable(measurements, onProgress) {
    tbody.replaceChildren();
    const ROWS = 200; // rows parsed at once
    let done = 0;
    const ok = await sliced(() => done < measurements.length, () => {
      tbody.insertAdjacentHTML('beforeend', measurements.slice(done, done + ROWS).map(rowHtml).join(''));
      done += ROWS;
    }, () => onProgress(done / measurements.length));
    if (!ok) return false;
    for (const row of tbody.rows) shown.rows.set(row.dataset.id, row);
    updateSortMarks();
    return true;
  }

  function selectRow(row) {
    tbody.querySelector('tr.selected')?.classList.remove('selected');
    row.classList.add('selected');
  }

  tbody.addEventListener('click', (e) => {
    const row = e.target.closest('tr');
    if (!row) return;
    const m = shown.measurements.get(row.dataset.id);
    selectRow(row);
    shown.pinned = shown.spansOf.get(m.id).value;
    showMeasurements([m.id]);
    scrollToText(m.sentence.start, m.sentence.end, true);
  });

  document.querySelector('#measurements thead').addEventListener('click', (e) => {
    const th = e.target.closest('th');
    if (!th || !shown) return;
    const key = th.dataset.key;
    shown.sort = {key, descending: shown.sort.key === key ? !shown.sort.descending : false};
    sortRows();
  });

  function sortRows() {
    const column = COLUMNS.find((c) => c.key === shown.sort.key);
    const keyOf = column.sort || column.text;
    // numbers by value, sort keys as they are, shown texts in Chinese collation order
    const compare = (a, b) => (typeof a === 'number' ? a - b || 0 : column.sort ? (a < b ? -1 : a > b ? 1 : 0) : collator.compare(a, b));
    const keyed = shown.response.measurements.map((m, i) => [keyOf(m), i, m.id]);
    const sign = shown.sort.descending ? -1 : 1;
    keyed.sort((a, b) => sign * compare(a[0], b[0]) || a[1] - b[1]);
    const fragment = document.createDocumentFragment();
    for (const [, , id] of keyed) fragment.append(shown.rows.get(id));
    tbody.append(fragment);
    updateSortMarks();
  }

  function updateSortMarks() {
    for (const th of document.querySelectorAll('#measurements th')) {
      if (th.dataset.key === shown.sort.key) th.setAttribute('aria-sort', shown.sort.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
  }

  // ---- filters ----
  const FILTERS = ['filter-text', 'filter-kind', 'filter-target', 'filter-source', 'filter-unit', 'filter-confidence'];

  function fillFilters(measurements) {
    const units = [...new Set(measurements.map((m) => m.unit?.canonical).filter(Boolean))].sort(collator.compare);
    $('filter-unit').innerHTML = '<option value="">全部</option>' + units.map((u) => `<option>${escape(u)}</option>`).join('');
  }

  function applyFilters() {
    if (!shown) return;
    const words = $('filter-text').value.trim().toLowerCase();
    const kind = $('filter-kind').value, target = $('filter-target').value, source = $('filter-source').value;
    const unit = $('filter-unit').value, confidence = Number($('filter-confidence').value) || 0;
    let count = 0;
    for (const m of shown.response.measurements) {
      const visible = (!kind || m.kind === kind)
        && (!target || String(m.target) === target)
        && (!source || m.time?.source === source)
        && (!unit || m.unit?.canonical === unit)
        && m.confidence >= confidence
        && (!words || [m.indicator?.text, m.value.text, m.unit?.text, m.unit?.canonical,
                       shown.text.slice(m.sentence.start, m.sentence.end)].some((s) => s && s.toLowerCase().includes(words)));
      shown.rows.get(m.id).hidden = !visible;
      count += visible;
    }
    $('shown').textContent = `显示 ${count} / ${shown.response.measurements.length} 条`;
  }

  function resetFilters() {
    for (const id of FILTERS) $(id).value = id === 'filter-confidence' ? '0' : '';
    applyFilters();
  }

  let filterTimer = null;
  const filterSoon = () => { clearTimeout(filterTimer); filterTimer = setTimeout(applyFilters, 120); };
  for (const id of FILTERS) for (const event of ['input', 'change']) $(id).addEventListener(event, filterSoon);

  // ---- downloads ----
  function save(blob, filename) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  async function download(format) {
    const name = shown.response.doc_id || shown.name;
    if (format === 'json') {
      const body = JSON.stringify({...shown.response, text: shown.text});
      return save(new Blob([body], {type: 'application/json'}), `${name}.json`);
    }
    try {
      const blob = await post(`export/${format}`, JSON.stringify({...shown.response, text: shown.text}),
        {contentType: 'application/json', responseType: 'blob', working: `正在生成 ${format.toUpperCase()}`});
      progress(1, `已生成 ${name}.${format}`);
      save(blob, `${name}.${format}`);
    } catch (err) {
      fail(err.message);
    }
  }

  for (const format of ['csv', 'xlsx', 'json']) $(`download-${format}`).addEventListener('click', () => download(format));

  // ---- input ----
  $('text-form').addEventListener('submit', (e) => {
    e.preventDefault();
    extractText($('text').value);
  });
  $('file').addEventListener('change', (e) => {
    if (e.target.files.length) extractFile(e.target.files[0]);
    e.target.value = '';
  });
  const input = $('input');
  input.addEventListener('dragover', (e) => { e.preventDefault(); input.classList.add('dragging'); });
  input.addEventListener('dragleave', () => input.classList.remove('dragging'));
  input.addEventListener('drop', (e) => {
    e.preventDefault();
    input.classList.remove('dragging');
    if (e.dataTransfer.files.length) extractFile(e.dataTransfer.files[0]);
  });

  // ---- start: the model's name and the vocabularies, from the service ----
  function enumOf(schemas, model, field) {
    const schema = schemas[model].properties[field];
    return (schema.anyOf || [schema]).find((s) => s.enum).enum;
  }

  async function start() {
    setState('idle');
    try {
      const schemas = (await (await fetch('openapi.json')).json()).components.schemas;
      $('legend').innerHTML = enumOf(schemas, 'EntityOut', 'label')
        .map((l) => `<mark class="ent ent-${l}">${escape(nameOf(LABEL_NAMES, l))}</mark>`).join('');
      const options = (values, names) => values.map((v) => `<option value="${v}">${escape(nameOf(names, v))}</option>`).join('');
      $('filter-kind').insertAdjacentHTML('beforeend', options(enumOf(schemas, 'Measurement', 'kind'), KIND_NAMES));
      $('filter-source').insertAdjacentHTML('beforeend', options(enumOf(schemas, 'Time', 'source'), SOURCE_NAMES));
      const version = await fetch('version');
      const model = version.ok ? (await version.json()).model : null;
      $('model').textContent = model ? `模型 ${model.name} ${model.version} · ${model.precision}` : '模型加载中';
      setState('ready');
    } catch (err) {
      fail(`无法读取服务的接口说明：${err.message}`);
    }
  }

  start();
})();
