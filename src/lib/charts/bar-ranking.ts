/**
 * Ranked bars: one row per unit in table order, rank column, name column, bar from zero and the
 * published score. Shared ranks get a bracket in the rank column; rows without a published total
 * keep their place with "—" and no bar (a missing value is not zero).
 */
import { scaleLinear } from 'd3';
import type { Locale } from '../format.ts';
import { formatScore } from '../format.ts';
import { roundPx, textWidth, tickLabels, truncate } from './format.ts';
import { TYPE, type ChartType } from './widths.ts';
import type { Gaps } from '../data/gaps.ts';

export interface BarRow {
	id: string;
	label: string;
	rank?: number;
	tied?: boolean;
	value?: number;
	href?: string;
	/** Why the value or rank is missing (src/lib/data/gaps.ts). */
	gaps?: Gaps<'value' | 'rank'>;
}

export interface BarOptions {
	width?: number;
	rowHeight?: number;
	/** Value domain; bars always start at the lower bound (0 on the DTI scale). */
	domain?: [number, number];
	highlight?: string;
	/** A mean to draw as a dashed rule across the rows, labelled under them ("Trung bình 0,6961"). */
	average?: { value: number; label: string };
	locale?: Locale;
	/** Text sizes of the layout (narrow or wide, `widths.ts`). */
	type?: ChartType;
}

export interface Bar extends BarRow {
	y: number;
	/** Text baseline of the row. */
	ty: number;
	h: number;
	w: number;
	short: string;
	rankText: string;
	valueText: string;
	valueX: number;
	/** The value label sits inside the bar's end (so the average rule does not cross it). */
	inside?: boolean;
	highlight: boolean;
}

/** Row height and top margin (tick labels) of every layout, in units: fits text up to 15 units. */
const ROW = 22;
const ROW_TOP = 22;

/** Lays out ranked bars: rows in the given order, rank 1 at the top, ties bracketed, an optional average rule. */
export function layoutBarRanking(rows: BarRow[], options: BarOptions = {}) {
	const { width = 400, domain = [0, 1], highlight, average, locale = 'vi', type = TYPE.narrow } = options;
	// Rows, bars and baselines are the same in both layouts (narrow and wide): the wide copy of the
	// rank and name columns is then byte-identical to the narrow one and costs almost nothing gzipped.
	const rowHeight = options.rowHeight ?? ROW;
	const RANK_W = Math.round(textWidth('63', type.text) + 10);
	const VALUE_W = Math.round(textWidth('0,0000', type.text) + 8);
	const TOP = ROW_TOP;
	/** Height of the line under the rows that labels the average rule. */
	const AVERAGE_H = Math.round(type.small + 8);
	// Name column: as wide as the longest name (estimated), within 90 px and 42 % of the width.
	const labelW = Math.round(
		Math.min(width * 0.42, Math.max(90, ...rows.map((r) => textWidth(r.label, type.text) + 10))),
	);
	const maxChars = Math.floor((labelW - 8) / (type.text * 0.6));
	const x0 = RANK_W + labelW;
	const x = scaleLinear()
		.domain(domain)
		.range([x0, width - VALUE_W]);
	const rowsBottom = TOP + rows.length * rowHeight + 4;
	const height = rowsBottom + (average ? AVERAGE_H : 0);
	// Whole units for rows (the SVG stays short): a bar 6 units less than its row, centred.
	const barH = rowHeight - 6;
	// A tick label every 60 units at most (three on a phone, five on a desktop).
	const ticks = x.ticks(Math.min(5, Math.max(2, Math.floor((width - VALUE_W - x0) / 60))));
	const labels = tickLabels(ticks, locale);
	const bars: Bar[] = rows.map((row, i) => {
		const y = TOP + i * rowHeight + 3;
		const w = row.value === undefined ? 0 : Math.round(Math.max(0, x(row.value) - x0));
		return {
			...row,
			y,
			ty: Math.round(y + barH / 2 + 5),
			h: barH,
			w,
			short: truncate(row.label, maxChars),
			rankText: row.rank === undefined ? '—' : String(row.rank),
			valueText: formatScore(row.value, locale),
			valueX: x0 + w + 4,
			highlight: row.id === highlight,
		};
	});
	const ties: { rank: number; y1: number; y2: number }[] = [];
	rows.forEach((row, i) => {
		if (!row.tied || row.rank === undefined) return;
		const last = ties[ties.length - 1];
		const y2 = roundPx(TOP + (i + 1) * rowHeight - 3);
		if (last && last.rank === row.rank && rows[i - 1]?.rank === row.rank) last.y2 = y2;
		else ties.push({ rank: row.rank, y1: roundPx(TOP + i * rowHeight + 3), y2 });
	});
	// The average rule spans the rows. A value label that would cross it moves inside its bar (white,
	// right-aligned); where the bar is too short for that, the rule is interrupted instead. Its own
	// label sits under the rows, centred on it, kept inside the chart.
	let rule: { x: number; d: string; labelX: number; labelY: number; text: string } | undefined;
	if (average) {
		const ax = roundPx(x(average.value));
		const text = `${average.label} ${formatScore(average.value, locale)}`;
		const half = textWidth(text, type.small) / 2;
		let d = '';
		let from = TOP - 4;
		bars.forEach((b, i) => {
			const tw = textWidth(b.valueText, type.text);
			if (b.valueX - 2 > ax || b.valueX + tw + 2 < ax) return;
			if (b.w >= tw + 8) {
				b.inside = true;
				b.valueX = x0 + b.w - 4;
				return;
			}
			const top = roundPx(TOP + i * rowHeight);
			if (top > from) d += `M${ax},${roundPx(from)}V${top}`;
			from = top + rowHeight;
		});
		if (rowsBottom + 2 > from) d += `M${ax},${roundPx(from)}V${rowsBottom + 2}`;
		rule = {
			x: ax,
			d,
			labelX: roundPx(Math.min(Math.max(ax, half + 2), width - half - 2)),
			labelY: rowsBottom + AVERAGE_H - 2,
			text,
		};
	}
	return {
		width,
		height,
		x0,
		/** Right end of the value axis (the value labels' column follows). */
		right: width - VALUE_W,
		rankX: RANK_W - 8,
		labelX: RANK_W,
		rowHeight,
		type,
		tickY: Math.round(type.small),
		plot: { top: TOP - 4, bottom: rowsBottom - 2 },
		average: rule,
		ticks: ticks.map((t, i) => ({ x: Math.round(x(t)), label: labels[i] })),
		bars,
		ties,
	};
}

export type BarLayout = ReturnType<typeof layoutBarRanking>;
