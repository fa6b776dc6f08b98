import type { EntityType } from '../kb/schema';

const SVG_NS = 'http://www.w3.org/2000/svg';

// Simple 16x16 outlines, drawn in currentColor so they follow the card's light or dark text.
const PATHS: Record<EntityType, readonly string[]> = {
  person: ['M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6z', 'M2.5 14.5c0-3 2.5-5 5.5-5s5.5 2 5.5 5'],
  place: [
    'M8 15s-5-5.2-5-8.5a5 5 0 0 1 10 0C13 9.8 8 15 8 15z',
    'M8 8.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  ],
  organization: ['M2.5 14.5v-11l5-2v13', 'M7.5 5.5h6v9h-11', 'M4.5 6h1M4.5 9h1M10 8h1.5M10 11h1.5'],
  other: ['M2 8.5V2.5h6l6 6-6 6z', 'M5.5 5.5h.01'],
};

/** A decorative icon for an entity type; the type's text label sits beside it. */
export function createTypeIcon(doc: Document, type: EntityType): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '1.5');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  svg.setAttribute('data-type', type);
  for (const d of PATHS[type]) {
    const path = doc.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}
