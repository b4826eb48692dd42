// A chart's geometry written out as SVG text, in one place for the page (ChartSvg.astro) and for the
// chart files readers download (/data/charts/…svg). On the page the marks carry classes and charts.css
// colours them, so dark mode and print restyle them; a downloaded file has no stylesheet, so the same
// marks carry their colours as presentation attributes and the file looks the same in any viewer.
import type { ChartGeometry, Label, Shape, Tone } from './layout.ts';
import { lineHeight } from './layout.ts';

export interface ChartSvgOptions {
  /** Unique on the page; prefixes the ids inside the SVG. */
  id: string;
  /** The accessible name, for example "Column chart: All Recorded Crime, March 2015 to March 2018". */
  label: string;
  /** Id of the element that describes the chart in words (page only). */
  describedBy?: string | undefined;
  /** Extra classes on the <svg> element. */
  className?: string | undefined;
  /** A file of its own: colours and fonts inline, a white background, and the description in <desc>. */
  standalone?: { description: string[]; source?: string | undefined } | undefined;
}

/** Escape text and attribute values. */
const esc = (text: string | number): string => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An element with its attributes, leaving out undefined ones. */
function el(name: string, attrs: Record<string, string | number | undefined>, children?: string): string {
  const written = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${esc(v!)}"`)
    .join('');
  return children === undefined ? `<${name}${written}/>` : `<${name}${written}>${children}</${name}>`;
}

// The light palette of charts.css, for files that have no stylesheet.
const palette: Record<string, string> = { 1: '#0072b2', 2: '#d55e00', 3: '#009e73', 4: '#cc79a7', 5: '#e69f00', 6: '#56b4e9', 7: '#f0e442', 8: '#6f7680', muted: '#8a9099' };
const onPalette: Record<string, string> = { 1: '#ffffff', 8: '#ffffff' };
const text = '#1a1a1a';
const secondary = '#4d5156';
const grid = '#d9dbde';
const font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Marker outlines in viewBox units, centred on the point. */
function shapePath(shape: Shape, x: number, y: number, r: number): string {
  const s = Math.round(r * 10) / 10;
  if (shape === 'diamond') return `M${x},${y - s * 1.3}L${x + s * 1.3},${y}L${x},${y + s * 1.3}L${x - s * 1.3},${y}Z`;
  if (shape === 'triangle') return `M${x},${y - s * 1.3}L${x + s * 1.2},${y + s * 0.9}L${x - s * 1.2},${y + s * 0.9}Z`;
  return `M${x - s},${y - s}h${s * 2}v${s * 2}h${-s * 2}Z`;
}

/** The chart as an SVG element (page) or an SVG document (standalone). */
export function chartSvg(chart: ChartGeometry, options: ChartSvgOptions): string {
  const { id, label, describedBy, className, standalone } = options;
  const inline = standalone !== undefined;
  const tone = (t: Tone) => `chart-tone-${t}`;
  const cls = (c: string) => (inline ? undefined : c);
  const fill = (t: Tone) => (inline ? palette[String(t)] : undefined);
  const labelClass = (l: Label) => ['chart__label', `chart__label--${l.kind}`, l.emphasis ? 'chart__label--emphasis' : '', l.on !== undefined ? `chart-on-${l.on}` : ''].filter(Boolean).join(' ');
  const labelPaint = (l: Label): Record<string, string | undefined> => {
    if (!inline) return {};
    const colour = l.kind === 'inside' && l.on !== undefined ? (onPalette[String(l.on)] ?? '#000000') : l.kind === 'tick' || l.kind === 'axis' || l.kind === 'gap' ? secondary : text;
    const halo = l.kind === 'value' || l.kind === 'gap' || l.kind === 'series';
    return {
      fill: colour,
      'font-family': font,
      'font-weight': l.emphasis || l.kind === 'title' ? '700' : undefined,
      'font-style': l.kind === 'gap' ? 'italic' : undefined,
      stroke: halo ? '#ffffff' : undefined,
      'stroke-width': halo ? '4' : undefined,
      'stroke-linejoin': halo ? 'round' : undefined,
      'paint-order': halo ? 'stroke' : undefined,
    };
  };
  const tipAttrs = (m: { tip: string; tipX: number; tipY: number }) => (inline ? {} : { 'data-tip': m.tip || undefined, 'data-tip-x': m.tipX, 'data-tip-y': m.tipY });

  const parts: string[] = [];
  parts.push(el('title', { id: `${id}-name` }, esc(label)));
  if (standalone) {
    parts.push(el('desc', {}, esc([...standalone.description, ...(standalone.source ? [`Source: ${standalone.source}`] : [])].join(' '))));
    parts.push(el('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
  }
  parts.push(el('g', { class: cls('chart__grid'), 'aria-hidden': 'true', stroke: inline ? grid : undefined, 'stroke-width': inline ? 1 : undefined }, chart.grid.map((s) => el('line', { x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2 })).join('')));
  const marks = [
    ...chart.gaps.map((g) =>
      g.width === 0
        ? el('line', { class: cls('chart__gap chart__mark'), x1: g.x, y1: g.y, x2: g.x, y2: g.y + g.height, ...(inline ? { stroke: text, 'stroke-width': 1.5, 'stroke-dasharray': '4 4' } : {}), ...tipAttrs(g) })
        : el('rect', { class: cls('chart__gap chart__mark'), x: g.x, y: g.y, width: g.width, height: g.height, ...(inline ? { fill: grid, 'fill-opacity': 0.45 } : {}), ...tipAttrs(g) }),
    ),
    ...chart.rects.map((r) =>
      el('rect', { class: cls(`chart__bar chart__mark ${tone(r.tone)}${r.emphasis ? ' chart__bar--emphasis' : ''}`), x: r.x, y: r.y, width: r.width, height: r.height, fill: fill(r.tone), ...(inline ? { stroke: text, 'stroke-width': 1 } : {}), ...tipAttrs(r) }),
    ),
    ...chart.paths.map((p) =>
      el('path', { class: cls(`chart__line ${tone(p.tone)}${p.dashed ? ' chart__line--dashed' : ''}`), d: p.d, ...(inline ? { fill: 'none', stroke: palette[String(p.tone)], 'stroke-width': 3, 'stroke-linejoin': 'round', 'stroke-linecap': 'round', 'stroke-dasharray': p.dashed ? '8 5' : undefined } : {}) }),
    ),
    ...chart.points.map((p) => {
      const paint = inline ? { fill: palette[String(p.tone)], stroke: p.emphasis ? text : '#ffffff', 'stroke-width': p.emphasis ? 2 : 1.5 } : {};
      const c = cls(`chart__point chart__mark ${tone(p.tone)}${p.emphasis ? ' chart__point--emphasis' : ''}`);
      return p.shape === 'circle' ? el('circle', { class: c, cx: p.x, cy: p.y, r: p.r, ...paint, ...tipAttrs(p) }) : el('path', { class: c, d: shapePath(p.shape, p.x, p.y, p.r), ...paint, ...tipAttrs(p) });
    }),
  ];
  parts.push(el('g', { class: cls('chart__marks') }, marks.join('')));
  parts.push(
    el(
      'g',
      { class: cls('chart__axes'), 'aria-hidden': 'true', ...(inline ? { stroke: text, 'stroke-width': 1.5 } : {}) },
      [
        ...chart.axes.map((s) => el('line', { x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2 })),
        ...chart.references.map((s) => el('line', { class: cls('chart__reference'), x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2, ...(inline ? { 'stroke-width': 2, 'stroke-dasharray': '6 4' } : {}) })),
      ].join(''),
    ),
  );
  parts.push(
    el(
      'g',
      { class: cls('chart__labels'), 'aria-hidden': 'true' },
      chart.labels
        .map((l) =>
          el(
            'text',
            { class: cls(labelClass(l)), x: l.x, y: l.y, 'text-anchor': l.anchor, 'font-size': l.size, ...labelPaint(l) },
            l.lines.length === 1 ? esc(l.lines[0]!) : l.lines.map((line, i) => el('tspan', { x: l.x, dy: i === 0 ? 0 : lineHeight }, esc(line))).join(''),
          ),
        )
        .join(''),
    ),
  );
  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      id: inline ? undefined : id,
      class: inline ? undefined : [`chart chart--${chart.kind}`, className].filter(Boolean).join(' '),
      viewBox: `0 0 ${chart.width} ${chart.height}`,
      width: chart.width,
      height: chart.height,
      role: 'img',
      'aria-labelledby': `${id}-name`,
      'aria-describedby': describedBy,
      'data-reading-order': inline ? undefined : chart.readingOrder,
    },
    parts.join(''),
  );
  return inline ? `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n` : svg;
}
