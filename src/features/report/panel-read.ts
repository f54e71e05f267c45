import { tidy } from './escape';

export type Block =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'chart'; readonly label: string; readonly svg: string | null };

export interface FigureLine {
  readonly name: string;
  readonly label: string;
  readonly shown: string;
  readonly value: string;
  readonly definition: string;
}

/** Controls and anything not shown are left out of a report; so are the export menus themselves. */
const SKIPPED = new Set(['script', 'style', 'button', 'input', 'select', 'textarea', 'option', 'label', 'form', 'nav']);
const SKIPPED_OTHER = new Set(['template', 'noscript', 'iframe', 'object', 'embed', 'img', 'canvas', 'video', 'audio']);
const TEXT_BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'caption', 'figcaption', 'blockquote', 'summary']);

function skipped(element: Element): boolean {
  const name = element.localName;
  if (SKIPPED.has(name) || SKIPPED_OTHER.has(name)) return true;
  if (name === 'svg' && !element.closest('.chart')) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // Definitions (the notes a figure opens) have their own section.
  if (element.getAttribute('role') === 'note') return true;
  return element.classList.contains('export-menu') || element.classList.contains('chart-export');
}

/** The text a reader sees in an element: its text, without the controls inside it. */
export function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || skipped(node as Element)) return '';
  return Array.from(node.childNodes).map(visibleText).join(' ');
}

/** Cell text keeps what buttons show: in a table, a value is often a button that opens its calls. */
const cellText = (cell: Element) => tidy(cell.textContent ?? '');

function readTable(table: Element): Block {
  const rows = Array.from(table.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map(cellText));
  const headRows = table.querySelectorAll('thead tr').length;
  return { kind: 'table', head: headRows > 0 ? (rows[0] ?? []) : [], rows: rows.slice(headRows > 0 ? 1 : 0) };
}

/** A paged grid's rows on screen (it holds no more), with its column names. */
function readGrid(grid: Element): Block {
  const head = Array.from(grid.querySelectorAll('[role="columnheader"]')).map((h) =>
    tidy(h.querySelector('.grid-sort, button')?.textContent ?? h.textContent ?? ''),
  );
  const rows = Array.from(grid.querySelectorAll('[role="row"][data-row]')).map((row) =>
    Array.from(row.querySelectorAll('[role="gridcell"]')).map(cellText),
  );
  return { kind: 'table', head, rows };
}

/** The open analysis read top to bottom as headings, text, tables and charts (each chart as SVG, or null). */
export async function readPanel(panel: Element, svgOf: (chart: Element) => Promise<string | null>): Promise<Block[]> {
  const blocks: Block[] = [];
  const visit = async (element: Element): Promise<void> => {
    if (skipped(element)) return;
    const name = element.localName;
    if (element.classList.contains('chart') && element.getAttribute('role') === 'img') {
      blocks.push({ kind: 'chart', label: element.getAttribute('aria-label') ?? '', svg: await svgOf(element) });
      return;
    }
    if (name === 'table') return void blocks.push(readTable(element));
    if (element.getAttribute('role') === 'grid') return void blocks.push(readGrid(element));
    const heading = /^h([1-6])$/.exec(name);
    if (heading || TEXT_BLOCKS.has(name)) {
      const text = tidy(visibleText(element));
      if (text && heading) blocks.push({ kind: 'heading', level: Number(heading[1]), text });
      else if (text) blocks.push({ kind: 'text', text });
      return;
    }
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === 1) await visit(child as Element);
      else if (child.nodeType === 3 && tidy(child.textContent ?? '')) {
        blocks.push({ kind: 'text', text: tidy(child.textContent ?? '') });
      }
    }
  };
  await visit(panel);
  return blocks;
}

/** A figure's label: its row and column in a table, its term in a list, or the name shown beside it. */
function figureLabel(figure: Element): string {
  const cell = figure.closest('td, th');
  const row = cell?.closest('tr');
  if (cell && row) {
    const index = Array.from(row.children).indexOf(cell);
    const header = row.closest('table')?.querySelector('thead tr')?.children[index];
    return [row.children[0] === cell ? '' : cellText(row.children[0]!), header ? cellText(header) : '']
      .filter(Boolean)
      .join(' · ');
  }
  if (figure.localName === 'dd' && figure.previousElementSibling?.localName === 'dt') {
    return tidy(visibleText(figure.previousElementSibling));
  }
  const own = figure.getAttribute('aria-label');
  if (own) return tidy(own);
  for (let box = figure.parentElement, depth = 0; box && depth < 4; box = box.parentElement, depth++) {
    const named = Array.from(box.children).find(
      (c) => c !== figure && !c.contains(figure) && /(name|label)/.test(c.className) && tidy(visibleText(c)),
    );
    if (named) return tidy(visibleText(named));
  }
  return tidy(visibleText(figure.parentElement ?? figure));
}

/** Every figure of the panel (`data-figure`) with its label, the text shown, its exact value and its definition. */
export function readFigures(panel: Element): FigureLine[] {
  return Array.from(panel.querySelectorAll('[data-figure]')).map((figure) => ({
    name: figure.getAttribute('data-figure') ?? '',
    label: figureLabel(figure),
    shown: tidy(figure.textContent ?? ''),
    value: figure.getAttribute('data-value') ?? '',
    definition: tidy(figure.closest('[title]')?.getAttribute('title') ?? ''),
  }));
}
