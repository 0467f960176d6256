/**
 * Scatter of two indices for the units of a table, with a least-squares trend line and labels
 * on the outliers (largest distance from the trend, plus the top and bottom unit). Units
 * missing either value are counted, not drawn.
 */
import { extent, scaleLinear } from 'd3';
import type { Locale } from '../format.ts';
import { formatScore } from '../format.ts';
import { roundPx, textWidth, tickLabels } from './format.ts';
import { TYPE, type ChartType } from './widths.ts';
import type { Gaps } from '../data/gaps.ts';

export interface ScatterPoint {
	id: string;
	label: string;
	x?: number;
	y?: number;
	href?: string;
	/** Why x or y is missing (src/lib/data/gaps.ts). */
	gaps?: Gaps<'x' | 'y'>;
}

export interface ScatterOptions {
	width?: number;
	height?: number;
	/** How many outliers to label. */
	labels?: number;
	highlight?: string;
	locale?: Locale;
	/** Text sizes of the layout (narrow or wide, `widths.ts`). */
	type?: ChartType;
}

/** Least-squares line through the points: y = a + b x. */
export function linearFit(pts: { x: number; y: number }[]): { a: number; b: number } {
	const n = pts.length;
	const mx = pts.reduce((s, p) => s + p.x, 0) / n;
	const my = pts.reduce((s, p) => s + p.y, 0) / n;
	const sxx = pts.reduce((s, p) => s + (p.x - mx) ** 2, 0);
	const b = sxx === 0 ? 0 : pts.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
	return { a: my - b * mx, b };
}

/** Lays out the scatter: dots, ticks on both axes, a trend line and non-overlapping outlier labels. */
export function layoutScatter(points: ScatterPoint[], options: ScatterOptions = {}) {
	const { width = 400, highlight, locale = 'vi', type = TYPE.narrow } = options;
	const height = options.height ?? Math.round(Math.min(520, Math.max(320, width * 0.46)));
	const nLabels = options.labels ?? (width < 500 ? 5 : 8);
	const M = {
		top: Math.round(type.line + 4),
		// Half the widest tick label, so the last one stays inside the frame.
		right: Math.round(textWidth('0,00', type.small) / 2 + 6),
		bottom: Math.round(type.small * 2 + 12),
		left: Math.round(textWidth('0,00', type.small) + 10),
	};
	const shown = points.filter(
		(p): p is ScatterPoint & { x: number; y: number } => p.x !== undefined && p.y !== undefined,
	);
	const [x0, x1] = extent(shown, (p) => p.x) as [number, number];
	const [y0, y1] = extent(shown, (p) => p.y) as [number, number];
	const x = scaleLinear()
		.domain([x0, x1])
		.nice(width < 500 ? 4 : 8)
		.range([M.left, width - M.right]);
	const y = scaleLinear()
		.domain([y0, y1])
		.nice(5)
		.range([height - M.bottom, M.top]);
	const fit = linearFit(shown);
	const resid = (p: { x: number; y: number }) => p.y - (fit.a + fit.b * p.x);
	const byResid = [...shown].sort(
		(a, b) => Math.abs(resid(b)) - Math.abs(resid(a)) || a.id.localeCompare(b.id),
	);
	const bySum = [...shown].sort((a, b) => b.x + b.y - (a.x + a.y) || a.id.localeCompare(b.id));
	const wanted = [
		...new Set([highlight, bySum[0]?.id, bySum[bySum.length - 1]?.id, ...byResid.map((p) => p.id)]),
	].filter(Boolean);
	const dots = shown.map((p) => ({
		...p,
		cx: roundPx(x(p.x)),
		cy: roundPx(y(p.y)),
		highlight: p.id === highlight,
		xText: formatScore(p.x, locale),
		yText: formatScore(p.y, locale),
	}));
	const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
	const labelled: { id: string; x: number; y: number; anchor: 'start' | 'end'; text: string }[] = [];
	for (const id of wanted) {
		if (labelled.length >= nLabels + (highlight ? 1 : 0)) break;
		const d = dots.find((p) => p.id === id);
		if (!d) continue;
		const w = textWidth(d.label, type.text);
		const right = d.cx + 6 + w <= width - 2;
		const bx = right ? d.cx + 6 : d.cx - 6 - w;
		const box = { x0: bx, x1: bx + w, y0: d.cy - type.text * 0.75, y1: d.cy + type.text * 0.3 };
		if (boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
		boxes.push(box);
		labelled.push({
			id: d.id,
			x: roundPx(right ? d.cx + 6 : d.cx - 6),
			y: roundPx(d.cy + type.text * 0.35),
			anchor: right ? 'start' : 'end',
			text: d.label,
		});
	}
	const xt = x.ticks(width < 500 ? 4 : 8);
	const yt = y.ticks(5);
	const xl = tickLabels(xt, locale);
	const yl = tickLabels(yt, locale);
	const [dx0, dx1] = x.domain();
	const [dy0, dy1] = y.domain();
	// Clip the trend line to the plot: keep the x-range where the line's y stays within the y domain.
	let [tx0, tx1] = [dx0, dx1];
	if (fit.b !== 0) {
		const xa = (dy0 - fit.a) / fit.b;
		const xb = (dy1 - fit.a) / fit.b;
		tx0 = Math.max(tx0, Math.min(xa, xb));
		tx1 = Math.min(tx1, Math.max(xa, xb));
	}
	const at = (v: number) => ({ x: roundPx(x(v)), y: roundPx(y(fit.a + fit.b * v)) });
	return {
		width,
		height,
		type,
		plot: { left: M.left, right: width - M.right, top: M.top, bottom: height - M.bottom },
		xTicks: xt.map((t, i) => ({ x: roundPx(x(t)), label: xl[i] })),
		yTicks: yt.map((t, i) => ({ y: roundPx(y(t)), label: yl[i] })),
		trend: shown.length > 2 && tx0 < tx1 ? { from: at(tx0), to: at(tx1) } : undefined,
		dots: [...dots.filter((d) => !d.highlight), ...dots.filter((d) => d.highlight)],
		labels: labelled,
		missing: points.length - shown.length,
		/** The points not drawn (a value missing), for the data table. */
		absent: points.filter((p) => !shown.includes(p as never)),
	};
}

export type ScatterLayout = ReturnType<typeof layoutScatter>;
