import { escapeHtml } from './escape';

// What a chart's SVG may keep: shapes, text, and the definitions they point to. No scripts, no foreign content,
// no images, no links: a report is read offline and must run nothing.
const ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'clipPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'pattern',
  'mask',
]);
const NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;
/** A value pointing anywhere but inside the same SVG (`url(#id)`) is dropped with its attribute. */
const OUTSIDE = /url\(\s*['"]?\s*[^#'"\s]|javascript:|https?:|data:|expression\(/i;

function attributes(element: Element): string {
  let out = '';
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name;
    if (!NAME.test(name) || /^on/i.test(name) || /^(href|src|xmlns)/i.test(name)) continue;
    if (OUTSIDE.test(attribute.value)) continue;
    out += ` ${name}="${escapeHtml(attribute.value)}"`;
  }
  return out;
}

function serialise(node: Node): string {
  if (node.nodeType === 3) return escapeHtml(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const name = element.localName === 'clippath' ? 'clipPath' : element.localName;
  if (!ELEMENTS.has(name)) return '';
  const children = Array.from(element.childNodes).map(serialise).join('');
  return `<${name}${attributes(element)}>${children}</${name}>`;
}

/**
 * An SVG document re-written from its parsed tree with only shapes, text and safe attributes, every text and value
 * escaped: what reaches a report is built here, never copied as markup.
 */
export function safeSvg(svgText: string): string {
  const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.localName !== 'svg') return '';
  return serialise(root);
}
