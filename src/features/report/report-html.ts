import { escapeHtml as e } from './escape';
import type { Block, FigureLine } from './panel-read';
import { safeSvg } from './safe-svg';

export interface ReportWords {
  readonly data: string;
  readonly filters: string;
  readonly noFilters: string;
  readonly figures: string;
  readonly figure: string;
  readonly label: string;
  readonly shown: string;
  readonly value: string;
  readonly definition: string;
  readonly content: string;
  readonly definitions: string;
  readonly footer: string;
  readonly chart: (label: string) => string;
}

export interface ReportInput {
  readonly language: string;
  readonly title: string;
  /** Label and value pairs under the title: the view, when it was made. */
  readonly about: readonly (readonly [string, string])[];
  /** Label and value pairs of the data: files, rows loaded, counted, left out. */
  readonly data: readonly (readonly [string, string])[];
  readonly filters: readonly string[];
  readonly figures: readonly FigureLine[];
  readonly blocks: readonly Block[];
  readonly definitions: readonly (readonly [string, string])[];
  readonly words: ReportWords;
}

// Print-friendly and readable on a phone; no fonts, images or anything else from outside the file.
const STYLE = `body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d2433;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #dde1e8;
padding-bottom:.25rem;margin-top:2rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{color:#5b6474}
dd{margin:0}.scroll{overflow-x:auto}table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
th,td{border:1px solid #dde1e8;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f6f7f9}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto}figcaption{color:#5b6474;font-size:.9rem}
footer{margin-top:2rem;color:#5b6474;font-size:.85rem}`;

const pairs = (list: ReportInput['data']) =>
  `<dl>${list.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const headRow = head.length ? `<thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead>` : '';
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('');
  return `<div class="scroll"><table>${headRow}<tbody>${body}</tbody></table></div>`;
}

function block(b: Block, words: ReportWords): string {
  switch (b.kind) {
    case 'heading':
      return `<h${Math.min(6, b.level + 1)}>${e(b.text)}</h${Math.min(6, b.level + 1)}>`;
    case 'text':
      return `<p>${e(b.text)}</p>`;
    case 'table':
      return table(b.head, b.rows);
    case 'chart': {
      const svg = b.svg ? safeSvg(b.svg) : '';
      return `<figure role="img" aria-label="${e(b.label)}">${svg}<figcaption>${e(words.chart(b.label))}</figcaption></figure>`;
    }
  }
}

/**
 * The report as one self-contained HTML file: no script, no link, no outside reference; every text and value is
 * escaped here, charts are re-written SVG (see `safeSvg`).
 */
export function reportHtml(input: ReportInput): string {
  const w = input.words;
  const figures = table(
    [w.figure, w.label, w.shown, w.value, w.definition],
    input.figures.map((f) => [f.name, f.label, f.shown, f.value, f.definition]),
  );
  const filters = input.filters.length
    ? `<ul>${input.filters.map((f) => `<li>${e(f)}</li>`).join('')}</ul>`
    : `<p>${e(w.noFilters)}</p>`;
  return `<!doctype html>
<html lang="${e(input.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(input.title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${e(input.title)}</h1>${pairs(input.about)}
<section><h2>${e(w.data)}</h2>${pairs(input.data)}</section>
<section><h2>${e(w.filters)}</h2>${filters}</section>
<section><h2>${e(w.figures)}</h2>${figures}</section>
<section><h2>${e(w.content)}</h2>${input.blocks.map((b) => block(b, w)).join('\n')}</section>
<section><h2>${e(w.definitions)}</h2>${pairs(input.definitions)}</section>
<footer>${e(w.footer)}</footer>
</main></body></html>
`;
}
