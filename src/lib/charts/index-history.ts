/**
 * A unit's main indices over the editions of one framework: small multiples, one panel per main
 * index, each with the editions on its x axis and the score (0–1) on its y axis. Consecutive
 * published values are joined; an edition whose value was not published gets a mark on the
 * axis (never a point in the plot). Only one framework is drawn, so no line crosses a change.
 */
import { scaleLinear, scalePoint } from 'd3';
import type { Locale } from '../format.ts';
import { TYPE, type ChartType } from './widths.ts';
import { formatScore } from '../format.ts';
import { roundPx, tickLabels } from './format.ts';
import type { GapKind } from '../data/gaps.ts';

export interface IndexSeries {
	key: string;
	label: string;
	/** One entry per edition of the framework (oldest first); `value` absent where not published. */
	/** `gap`: why there is no value (src/lib/data/gaps.ts; none where the unit did not exist). */
	points: { year: number; value?: number; note?: string; gap?: GapKind }[];
}

/** Text sizes (SVG units): labels and values, ticks, line height. */
export interface IndexHistoryOptions {
	width?: number;
	locale?: Locale;
	/** Text sizes of the layout (narrow or wide, `widths.ts`). */
	type?: ChartType;
	/** Panels per row; defaults to 2 below 500 units of width, else 4. */
	columns?: number;
}

const GAP_X = 18;
const GAP_Y = 16;

/** Splits a label into lines of at most `max` characters at spaces (a longer word keeps its line). */
export function wrapLabel(label: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of label.split(/\s+/)) {
		const last = lines.at(-1);
		if (last !== undefined && [...`${last} ${word}`].length <= max)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** Lays out one small panel per main index over the framework's editions. */
export function layoutIndexHistory(items: IndexSeries[], options: IndexHistoryOptions = {}) {
	const { width = 400, locale = 'vi', type = TYPE.narrow } = options;
	const columns = options.columns ?? (width < 500 ? 2 : 4);
	const colW = (width - (columns - 1) * GAP_X) / columns;
	const gutter = Math.round(type.small * 0.6 * 3 + 6);
	const plotH = Math.round(type.line * 4);
	const maxChars = Math.max(8, Math.floor(colW / (type.text * 0.6)));
	const years = [...new Set(items.flatMap((i) => i.points.map((p) => p.year)))].sort((a, b) => a - b);
	const wrapped = items.map((i) => wrapLabel(i.label, maxChars));
	const rows = Math.ceil(items.length / columns);
	const y0 = scaleLinear().domain([0, 1]);
	const ticks = [0, 0.5, 1];
	const tickText = tickLabels(ticks, locale);
	let top = 0;
	const panels: ReturnType<typeof panel>[] = [];
	function panel(i: number, left: number, titleTop: number, titleLines: number) {
		const item = items[i];
		const plotTop = titleTop + titleLines * type.line + Math.round(type.small * 0.6) + 6;
		const plotBottom = plotTop + plotH;
		const x = scalePoint<number>()
			.domain(years)
			.range([left + gutter, left + colW])
			.padding(0.5);
		const y = y0.copy().range([plotBottom, plotTop]);
		const xs = (year: number) => roundPx(x(year) ?? 0);
		const pts = item.points.map((p) => ({ ...p, x: xs(p.year) }));
		const segments: string[] = [];
		for (let k = 1; k < pts.length; k++) {
			const a = pts[k - 1];
			const b = pts[k];
			if (a.value === undefined || b.value === undefined) continue;
			segments.push(`M${a.x},${roundPx(y(a.value))}L${b.x},${roundPx(y(b.value))}`);
		}
		const dots = pts.flatMap((p) =>
			p.value === undefined
				? []
				: [{ year: p.year, x: p.x, y: roundPx(y(p.value)), text: formatScore(p.value, locale) }],
		);
		const last = dots.at(-1);
		return {
			key: item.key,
			label: item.label,
			lines: wrapped[i].map((text, l) => ({ text, y: roundPx(titleTop + type.text * 0.9 + l * type.line) })),
			left: roundPx(left),
			plotLeft: roundPx(left + gutter),
			right: roundPx(left + colW),
			top: roundPx(plotTop),
			bottom: roundPx(plotBottom),
			ticks: ticks.map((t, k) => ({ y: roundPx(y(t)), label: tickText[k] })),
			years: years.map((yr) => ({ year: yr, x: xs(yr) })),
			yearY: roundPx(plotBottom + type.small + 4),
			path: segments.join(''),
			dots,
			/** The last published value, labelled beside its dot (inside the panel). */
			lastValue: last && {
				...last,
				anchor: last.x > left + colW - 30 ? 'end' : 'middle',
				ly: roundPx(last.y - 8),
			},
			gaps: pts
				.filter((p) => p.value === undefined)
				.map((p) => ({ year: p.year, x: p.x, y: roundPx(plotBottom - 3), note: p.note, gap: p.gap })),
		};
	}
	for (let r = 0; r < rows; r++) {
		const idx = items.map((_, i) => i).slice(r * columns, (r + 1) * columns);
		const lines = Math.max(...idx.map((i) => wrapped[i].length));
		for (const [c, i] of idx.entries()) panels.push(panel(i, c * (colW + GAP_X), top, lines));
		top = panels.at(-1)!.yearY + GAP_Y;
	}
	return {
		width,
		height: Math.round(top - GAP_Y + 6),
		type,
		columns,
		years,
		panels,
	};
}

export type IndexHistoryLayout = ReturnType<typeof layoutIndexHistory>;
