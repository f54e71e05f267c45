// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFigures, readPanel } from '../../src/features/report/panel-read';
import { reportHtml, type ReportWords } from '../../src/features/report/report-html';
import { chartSvg } from '../../src/ui/chart/chart-svg';

const XSS = '<img src=x onerror=alert(1)>';

const WORDS: ReportWords = {
  data: 'Data',
  filters: 'Filters',
  noFilters: 'None',
  figures: 'Figures',
  figure: 'Figure',
  label: 'Label',
  shown: 'Shown',
  value: 'Exact value',
  definition: 'Definition',
  content: 'Analysis',
  definitions: 'Definitions',
  footer: 'Offline',
  chart: (label) => `Chart: ${label}`,
};

/** A panel as the app renders one: a KPI tile, a table with hostile text, a chart, controls. */
function panel(): HTMLElement {
  const root = document.createElement('div');
  root.className = 'analysis-panel';
  const tile = document.createElement('div');
  tile.className = 'kpi-tile';
  tile.title = 'Answered ÷ offered.';
  tile.innerHTML =
    '<div class="kpi-name">Answer rate <button>ⓘ</button></div><strong data-figure="overview.answer_rate" data-value="0.9123">91.2%</strong>';
  const table = document.createElement('table');
  table.innerHTML = '<thead><tr><th></th><th>n</th></tr></thead><tbody><tr><td></td><td>42</td></tr></tbody>';
  // Hostile text is set as text, as React sets it: a column name and a value.
  table.querySelector('th')!.textContent = XSS;
  table.querySelector('td')!.textContent = '<script>alert(1)</script>';
  const cell = table.querySelectorAll('td')[1]!;
  cell.dataset.figure = 'demo.n';
  cell.dataset.value = '42';
  const chart = document.createElement('div');
  chart.className = 'chart';
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', `Calls by ${XSS}`);
  const input = document.createElement('input');
  input.value = 'typed text';
  root.append(tile, table, chart, input);
  return root;
}

describe('the HTML report', () => {
  it('holds the figures, tables and charts as escaped text and inert SVG, with no script and no outside URL', async () => {
    const root = panel();
    const figures = readFigures(root);
    expect(figures).toEqual([
      {
        name: 'overview.answer_rate',
        label: 'Answer rate',
        shown: '91.2%',
        value: '0.9123',
        definition: 'Answered ÷ offered.',
      },
      // A figure in a table is labelled by its row (first cell) and its column.
      { name: 'demo.n', label: '<script>alert(1)</script> · n', shown: '42', value: '42', definition: '' },
    ]);
    // A real ECharts SVG, with a hostile category name, plus a forged one carrying every trick a sanitiser must stop.
    const real = await chartSvg(
      {
        xAxis: { type: 'category', data: [XSS, '电话'] },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', data: [3, 5] }],
      },
      { width: 800, height: 300 },
    );
    expect(real).toContain('<svg');
    const forged =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><script>alert(2)</script>' +
      '<rect width="1" height="1" onload="alert(3)" fill="url(https://evil.example/x)"/><a href="https://evil.example"><text>link</text></a>' +
      '<image href="https://evil.example/p.png"/><foreignObject><div>x</div></foreignObject><text>&lt;b&gt;bold&lt;/b&gt;</text></svg>';
    let charts = 0;
    const blocks = await readPanel(root, async () => (charts++ === 0 ? real : forged));
    const html = reportHtml({
      language: 'en',
      title: `Report ${XSS}`,
      about: [['View', 'Working view']],
      data: [['Files', `calls ${XSS}.csv`]],
      filters: [`Channel: “${XSS}”`],
      figures,
      blocks: [...blocks, ...(await readPanel(panel(), async () => forged)).filter((b) => b.kind === 'chart')],
      definitions: [['Answer rate', 'Answered ÷ offered.']],
      words: WORDS,
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/http/i);
    expect(html).not.toMatch(/<img/i);
    // Parsed as a browser would: no element carries a handler, and none can load or link anything.
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const handlers = Array.from(parsed.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes)
        .map((a) => a.name)
        .filter((name) => /^on/i.test(name) || /href|src/i.test(name)),
    );
    expect(handlers).toEqual([]);
    expect(parsed.querySelectorAll('script, img, a, image, foreignObject, input, button, iframe, link').length).toBe(0);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The figures with their labels, the text shown and the exact values.
    expect(html).toContain('<td>overview.answer_rate</td><td>Answer rate</td><td>91.2%</td><td>0.9123</td>');
    expect(html).toContain('<td>demo.n</td>');
    // Two charts drawn: the real one keeps its bars' labels as text; the forged one keeps only its plain text.
    expect(html.match(/<svg/g)?.length).toBe(2);
    expect(html).toContain('电话');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('typed text');
    expect(html).not.toContain('ⓘ');
  });
});
