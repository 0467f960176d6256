/**
 * Unit × main-index heatmap: one row per unit in table order (rank and name on the left), one
 * numbered column per main index (the key under the grid names them), each cell coloured by its
 * published score on one sequential scale with a legend. Where the cells are wide enough the
 * score is printed in them. A value that is not published stays a white cell marked "—".
 */
import { scaleLinear } from 'd3';
import type { Locale } from '../format.ts';
import { formatScore } from '../format.ts';
import { roundPx, textWidth, tickLabels, truncate } from './format.ts';
import { darkFill, NO_DATA, sequentialColor } from './scales.ts';
import type { Gaps } from '../data/gaps.ts';

export interface HeatRow {
	id: string;
	label: string;
	rank?: number;
	href?: string;
	/** One value per column, in column order (undefined: not published). */
	values: (number | undefined)[];
	/** Why the rank or a value is missing (src/lib/data/gaps.ts). */
	gaps?: Gaps<'value' | 'rank'>;
}

export interface HeatColumn {
	key: string;
	label: string;
}

/** Text sizes in SVG units: labels and values, and the smaller ticks and key. */
export interface HeatType {
	text: number;
	small: number;
	/** Row height. */
	line: number;
}

export interface HeatOptions {
	width?: number;
	type?: HeatType;
	locale?: Locale;
}

export interface HeatCell {
	x: number;
	value?: number;
	fill: string;
	/** Printed score, when the cell is wide enough ('' otherwise). */
	text: string;
	/** Score as published, for the tooltip and table. */
	valueText: string;
	/** White text on a dark fill. */
	light: boolean;
	column: number;
}

const RANK_W = 24;
const LEGEND_H = 44;
const HEADER_H = 20;
const STOPS = 6;

/** Lays out the heatmap: colour scale from the lowest to the highest published value. */
export function layoutHeatmap(rows: HeatRow[], columns: HeatColumn[], options: HeatOptions = {}) {
	const { width = 360, type = { text: 12, small: 12, line: 16 }, locale = 'vi' } = options;
	const values = rows.flatMap((r) => r.values).filter((v): v is number => v !== undefined);
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	// Domain: the published range widened to steps of 0,05 (legend ends read as round numbers).
	const domain: [number, number] = [Math.floor(lo * 20) / 20, Math.ceil(hi * 20) / 20];
	if (domain[1] === domain[0]) domain[1] = domain[0] + 0.05;
	const color = sequentialColor(domain[0], domain[1]);
	const char = type.text * 0.6;
	const labelW = Math.round(
		Math.min(width * 0.34, Math.max(70, ...rows.map((r) => textWidth(r.label, type.text) + 8))),
	);
	const maxChars = Math.floor((labelW - 6) / char);
	const x0 = RANK_W + labelW;
	const cw = (width - x0 - 2) / columns.length;
	const printed = cw >= textWidth(formatScore(0.5, locale), type.small) + 6;
	const top = LEGEND_H + HEADER_H;
	const cells = (r: HeatRow): HeatCell[] =>
		columns.map((_, j) => {
			const v = r.values[j];
			const fill = v === undefined ? NO_DATA : color(v);
			return {
				x: roundPx(x0 + j * cw),
				value: v,
				fill,
				text: printed ? formatScore(v, locale) : v === undefined ? '—' : '',
				valueText: formatScore(v, locale),
				light: v !== undefined && darkFill(fill),
				column: j,
			};
		});
	const grid = rows.map((r, i) => ({
		...r,
		y: top + i * type.line,
		ty: roundPx(top + i * type.line + type.line / 2 + type.small * 0.35),
		short: truncate(r.label, maxChars),
		rankText: r.rank === undefined ? '—' : String(r.rank),
		cells: cells(r),
	}));
	const gridBottom = top + rows.length * type.line;
	// Key: "1 Nhận thức số" … in as many columns as fit, under the grid.
	const keyW = Math.max(...columns.map((c, j) => textWidth(`${j + 1} ${c.label}`, type.small))) + 16;
	const keyCols = Math.max(1, Math.min(columns.length, Math.floor((width - 4) / keyW)));
	const keyRows = Math.ceil(columns.length / keyCols);
	const keyTop = gridBottom + 10;
	const key = columns.map((c, j) => ({
		n: j + 1,
		label: c.label,
		x: roundPx(2 + (j % keyCols) * keyW),
		y: roundPx(keyTop + Math.floor(j / keyCols) * type.line + type.small),
	}));
	// Legend: a gradient bar over the domain with ticks, at the top.
	const legendW = Math.min(260, width - 32);
	const lx = scaleLinear()
		.domain(domain)
		.range([16, 16 + legendW]);
	const ticks = lx.ticks(4).filter((t) => t >= domain[0] && t <= domain[1]);
	if (!ticks.includes(domain[0])) ticks.unshift(domain[0]);
	if (!ticks.includes(domain[1])) ticks.push(domain[1]);
	// Drop an inner tick that crowds an end label.
	const minGap = textWidth('0,00', type.small) + 6;
	const kept = ticks.filter(
		(t, i) =>
			i === 0 ||
			i === ticks.length - 1 ||
			(lx(t) - lx(ticks[0]) >= minGap && lx(ticks[ticks.length - 1]) - lx(t) >= minGap),
	);
	const labels = tickLabels(kept, locale);
	return {
		width,
		height: roundPx(keyTop + keyRows * type.line + 4),
		type,
		rankX: RANK_W - 4,
		labelX: RANK_W,
		x0,
		cw: roundPx(cw),
		cellW: roundPx(cw - 1),
		cellH: type.line - 1,
		printed,
		header: columns.map((c, j) => ({
			n: j + 1,
			key: c.key,
			label: c.label,
			x: roundPx(x0 + (j + 0.5) * cw),
		})),
		headerY: top - 6,
		rows: grid,
		key,
		legend: {
			x: 16,
			y: 22,
			w: legendW,
			h: 10,
			stops: Array.from({ length: STOPS }, (_, i) => ({
				offset: Math.round((i / (STOPS - 1)) * 100),
				color: color(domain[0] + ((domain[1] - domain[0]) * i) / (STOPS - 1)),
			})),
			ticks: kept.map((t, i) => ({ x: roundPx(lx(t)), label: labels[i] })),
		},
		domain,
		/** Lowest and highest published cell, for the description. */
		extremes: extremes(grid, columns),
	};
}

/** The lowest and the highest published value, with every cell that has it. */
function extremes(grid: { label: string; cells: HeatCell[] }[], columns: HeatColumn[]) {
	const all = grid.flatMap((r) =>
		r.cells
			.filter((c) => c.value !== undefined)
			.map((c) => ({ unit: r.label, column: columns[c.column].label, value: c.value!, text: c.valueText })),
	);
	const at = (v: number) => all.filter((c) => c.value === v);
	const lo = Math.min(...all.map((c) => c.value));
	const hi = Math.max(...all.map((c) => c.value));
	return { min: at(lo), max: at(hi) };
}

export type HeatmapLayout = ReturnType<typeof layoutHeatmap>;
