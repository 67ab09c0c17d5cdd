// Draws one embedded chart (a ChartView worked out by the server) as plain SVG: title, legend, axes
// with ticks in the cells' format, bars and lines with gaps for blank cells, a tooltip per value.
// Layout follows Google Charts' defaults where they are documented (legend on the right, bars
// filling 61.8% of their group: https://developers.google.com/chart/interactive/docs/gallery/columnchart#configuration-options).
// Sheet text is only ever set with textContent.
import type { ChartSeriesView, ChartView, TickFormat } from '../protocol.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** bar.groupWidth's default in Google Charts: the golden ratio. */
const GROUP_WIDTH = 0.618;
/** Rough width of one character of the 12 px label font, for spacing labels without measuring. */
const CHAR_WIDTH = 6.5;

type Attrs = Record<string, string | number>;

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Attrs = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Round tick values covering [min, max]: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const lo = Math.min(0, min);
  let hi = Math.max(0, max);
  if (hi === lo) hi = lo + 1;
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let t = Math.floor(lo / step) * step; t <= hi + step * 1e-9; t += step)
    ticks.push(Number(t.toPrecision(12)));
  if ((ticks.at(-1) ?? 0) < hi) ticks.push(Number(((ticks.at(-1) ?? 0) + step).toPrecision(12)));
  return ticks;
}

function tickText(value: number, format: TickFormat, step: number): string {
  const scaled = format.percent ? value * 100 : value;
  const scaledStep = format.percent ? step * 100 : step;
  const decimals = Math.max(0, Math.min(4, -Math.floor(Math.log10(scaledStep) + 1e-9)));
  const number = scaled.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return `${format.prefix}${number}${format.percent ? '%' : ''}`;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function legend(view: ChartView, svg: SVGSVGElement, box: Box): void {
  const shown = view.series.filter((s) => s.inLegend);
  if (view.legend === 'none' || shown.length === 0) return;
  const group = el('g', { class: 'legend' });
  const swatch = (s: ChartSeriesView, x: number, y: number): void => {
    if (s.as === 'bars') group.append(el('rect', { x, y: y - 9, width: 10, height: 10, fill: s.color }));
    else
      group.append(
        el('line', {
          x1: x - 2,
          y1: y - 4,
          x2: x + 14,
          y2: y - 4,
          stroke: s.color,
          'stroke-width': 2,
          ...(s.dashed ? { 'stroke-dasharray': '6 4' } : {}),
        }),
      );
  };
  if (view.legend === 'right' || view.legend === 'left') {
    const width = Math.min(180, 24 + Math.max(...shown.map((s) => s.label.length)) * CHAR_WIDTH);
    const x = view.legend === 'right' ? view.width - width : 12;
    shown.forEach((s, i) => {
      const y = box.top + 14 + i * 20;
      swatch(s, x, y);
      group.append(el('text', { x: x + 20, y, class: 'legend-label' }, s.label));
    });
    if (view.legend === 'right') box.right -= width + 8;
    else box.left += width + 8;
  } else {
    const y = view.legend === 'top' ? box.top + 12 : view.height - 10;
    let x = box.left;
    for (const s of shown) {
      swatch(s, x, y);
      group.append(el('text', { x: x + 20, y, class: 'legend-label' }, s.label));
      x += 32 + s.label.length * CHAR_WIDTH;
    }
    if (view.legend === 'top') box.top += 24;
    else box.bottom -= 24;
  }
  svg.append(group);
}

/** Where values land: the plot box, each axis' ticks and the horizontal band of each category. */
interface Geometry {
  box: Box;
  used: (0 | 1)[];
  ticks: [number[], number[]];
  y(axis: 0 | 1, v: number): number;
  band: number;
  center(i: number): number;
}

/** Ticks per axis from the values plotted on it; the box shrinks for tick labels and titles. */
function geometry(view: ChartView, box: Box): Geometry {
  const tickFor = (a: 0 | 1): number[] => {
    const values = view.series
      .filter((s) => s.axis === a)
      .flatMap((s) => s.values.filter((v): v is number => v !== null));
    return niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  };
  const ticks: [number[], number[]] = [tickFor(0), tickFor(1)];
  const used = ([0, 1] as const).filter((a) => view.series.some((s) => s.axis === a));
  const labelWidth = (a: 0 | 1): number =>
    used.includes(a)
      ? 10 + Math.max(...ticks[a].map((t) => tickText(t, view.ticks[a], 1).length)) * CHAR_WIDTH
      : 0;
  box.left += labelWidth(0) + (view.vAxisTitles[0] ? 18 : 0);
  box.right -= labelWidth(1) + (view.vAxisTitles[1] ? 18 : 0);
  box.bottom -= 22 + (view.hAxisTitle ? 18 : 0);
  const n = view.categories.length;
  const band = n > 0 ? (box.right - box.left) / n : box.right - box.left;
  return {
    box,
    used,
    ticks,
    y: (a, v) => {
      const lo = ticks[a][0] ?? 0;
      const hi = ticks[a][ticks[a].length - 1] ?? 1;
      return box.bottom - ((v - lo) / (hi - lo)) * (box.bottom - box.top);
    },
    band,
    center: (i) => box.left + band * (i + 0.5),
  };
}

/** Gridlines (from the first axis used), tick labels in the cells' format and the axis titles. */
function drawAxes(view: ChartView, svg: SVGSVGElement, g: Geometry): void {
  const { box } = g;
  for (const a of g.used) {
    const ticks = g.ticks[a];
    const step = (ticks[1] ?? 1) - (ticks[0] ?? 0);
    for (const t of ticks) {
      const y = g.y(a, t);
      if (a === g.used[0]) {
        svg.append(
          el('line', { x1: box.left, x2: box.right, y1: y, y2: y, class: t === 0 ? 'baseline' : 'gridline' }),
        );
      }
      const x = a === 0 ? box.left - 6 : box.right + 6;
      const anchor = a === 0 ? 'end' : 'start';
      svg.append(
        el('text', { x, y: y + 4, 'text-anchor': anchor, class: 'tick' }, tickText(t, view.ticks[a], step)),
      );
    }
    const title = view.vAxisTitles[a];
    if (title) {
      const x = a === 0 ? 14 : view.width - 8;
      const mid = (box.top + box.bottom) / 2;
      const turn = `rotate(-90 ${x} ${mid})`;
      svg.append(
        el('text', { x, y: mid, transform: turn, 'text-anchor': 'middle', class: 'axis-title' }, title),
      );
    }
  }
}

/** Category labels under the plot, every k-th one so that they do not overlap, and the x-axis title. */
function drawCategories(view: ChartView, svg: SVGSVGElement, g: Geometry): void {
  const widest = Math.max(1, ...view.categories.map((c) => c.length)) * CHAR_WIDTH + 8;
  const every = Math.max(1, Math.ceil(widest / g.band));
  view.categories.forEach((c, i) => {
    if (i % every !== 0) return;
    svg.append(
      el('text', { x: g.center(i), y: g.box.bottom + 16, 'text-anchor': 'middle', class: 'category' }, c),
    );
  });
  if (view.hAxisTitle) {
    const x = (g.box.left + g.box.right) / 2;
    svg.append(
      el('text', { x, y: g.box.bottom + 34, 'text-anchor': 'middle', class: 'axis-title' }, view.hAxisTitle),
    );
  }
}

const tooltip = (view: ChartView, s: ChartSeriesView, i: number, v: number): SVGTitleElement =>
  el('title', {}, `${s.label}, ${view.categories[i] ?? ''}: ${s.shown[i] ?? v}`);

/** One rect per value of the bar series, side by side within each category's group. */
function drawBars(view: ChartView, svg: SVGSVGElement, g: Geometry): void {
  const bars = view.series.filter((s) => s.as === 'bars');
  const group = g.band * GROUP_WIDTH;
  const barWidth = bars.length > 0 ? group / bars.length : 0;
  bars.forEach((s, k) => {
    s.values.forEach((v, i) => {
      if (v === null) return;
      const rect = el('rect', {
        class: 'bar',
        x: g.center(i) - group / 2 + k * barWidth,
        y: Math.min(g.y(s.axis, v), g.y(s.axis, 0)),
        width: Math.max(1, barWidth - 1),
        height: Math.abs(g.y(s.axis, v) - g.y(s.axis, 0)),
        fill: s.color,
        'data-value': v,
      });
      rect.append(tooltip(view, s, i, v));
      svg.append(rect);
    });
  });
}

/** One path per line series, broken at blank cells, and a point per value (shown on hover). */
function drawLines(view: ChartView, svg: SVGSVGElement, g: Geometry): void {
  for (const s of view.series.filter((x) => x.as === 'line')) {
    // A blank cell breaks the line (Google Charts' interpolateNulls defaults to false).
    let d = '';
    let open = false;
    const points = el('g', { class: 'points' });
    s.values.forEach((v, i) => {
      if (v === null) {
        open = false;
        return;
      }
      const [x, y] = [g.center(i), g.y(s.axis, v)];
      d += `${open ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)} `;
      open = true;
      const point = el('circle', { class: 'point', cx: x, cy: y, r: 4, fill: s.color, 'data-value': v });
      point.append(tooltip(view, s, i, v));
      points.append(point);
    });
    const dash: Attrs = s.dashed ? { 'stroke-dasharray': '6 4' } : {};
    svg.append(
      el('path', { class: 'line', d: d.trim(), stroke: s.color, fill: 'none', 'stroke-width': 2, ...dash }),
      points,
    );
  }
}

/** Everything inside the plot area: gridlines, ticks, bars, lines and the category labels. */
function plot(view: ChartView, svg: SVGSVGElement, box: Box): void {
  const g = geometry(view, box);
  drawAxes(view, svg, g);
  drawCategories(view, svg, g);
  drawBars(view, svg, g);
  drawLines(view, svg, g);
}

export function drawChart(view: ChartView): SVGSVGElement {
  const svg = el('svg', {
    class: 'chart',
    width: view.width,
    height: view.height,
    viewBox: `0 0 ${view.width} ${view.height}`,
    role: 'img',
    'aria-label': view.title || `${view.type.toLowerCase()} chart`,
    'data-chart-type': view.type,
  });
  svg.append(el('rect', { width: view.width, height: view.height, fill: '#fff' }));
  const box: Box = { left: 16, top: 16, right: view.width - 16, bottom: view.height - 12 };
  if (view.title) {
    svg.append(el('text', { x: 16, y: 26, class: 'chart-title' }, view.title));
    box.top = 44;
  }
  if (!view.drawn) {
    svg.append(
      el(
        'text',
        { x: view.width / 2, y: view.height / 2, 'text-anchor': 'middle', class: 'not-drawn' },
        `${view.type} chart: the playground does not draw this type`,
      ),
    );
    return svg;
  }
  if (view.notes.length > 0) {
    svg.append(el('text', { x: 16, y: view.height - 6, class: 'chart-note' }, view.notes.join('; ')));
    box.bottom -= 14;
  }
  legend(view, svg, box);
  plot(view, svg, box);
  return svg;
}
