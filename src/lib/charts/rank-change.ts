/**
 * Rank change between two editions as a dumbbell: one row per unit in the order of the current
 * ranking (rank 1 at the top), a hollow dot at its previous rank and a filled dot at its current
 * rank on one rank axis (1 on the left), joined by a segment coloured by direction; the change is
 * printed at the row's end. Only units with both ranks are drawn; the others are returned as gaps.
 */
import { scaleLinear } from 'd3';
import type { Locale } from '../format.ts';
import { formatRankChange } from '../format.ts';
import { roundPx, textWidth, truncate } from './format.ts';
import { TYPE, type ChartType } from './widths.ts';
import type { Gaps } from '../data/gaps.ts';

export interface RankChangeRow {
	id: string;
	label: string;
	/** Rank in the current edition. */
	rank?: number;
	/** Rank in the previous edition (same geography). */
	previous?: number;
	tied?: boolean;
	href?: string;
	/** Why the rank, previous rank or change is missing (src/lib/data/gaps.ts). */
	gaps?: Gaps<'rank' | 'previous' | 'change'>;
}

export interface RankChangeOptions {
	width?: number;
	/** Text sizes of the layout (`widths.ts`); rows are a text line high. */
	type?: ChartType;
	/** Units ranked (the last rank of the axis); at least the largest rank drawn. */
	outOf?: number;
	/** How many movers up and down `movers` names. */
	movers?: number;
	/** Legend words: the two editions' dots and the two directions. */
	legend?: { previous: string; current: string; up: string; down: string };
	locale?: Locale;
}

export type Direction = 'up' | 'down' | 'same';

export interface Dumbbell extends RankChangeRow {
	rank: number;
	previous: number;
	/** Places moved, positive = up. */
	change: number;
	direction: Direction;
	/** Row centre and text baseline. */
	cy: number;
	ty: number;
	/** Current and previous dot. */
	x: number;
	px: number;
	short: string;
	changeText: string;
}

/** Lays out the dumbbells of the units with both ranks, in the given order; the rest are gaps. */
export function layoutRankChange(rows: RankChangeRow[], options: RankChangeOptions = {}) {
	const { width = 340, type = TYPE.narrow, movers: nMovers = 3, locale = 'vi' } = options;
	const rowHeight = type.line;
	const LINE = type.line + 2;
	const RANK_W = Math.round(textWidth('63', type.text) + 8);
	const CHANGE_W = Math.round(textWidth('↑63', type.text) + 6);
	const dot = Math.max(4, Math.round(type.line / 4));
	const drawn = rows.filter(
		(r): r is RankChangeRow & { rank: number; previous: number } =>
			r.rank !== undefined && r.previous !== undefined,
	);
	const gaps = rows.filter((r) => r.rank === undefined || r.previous === undefined);
	// Legend: hollow dot, filled dot, then the two directions' colours; on two lines if one is too narrow.
	const lg = options.legend ?? { previous: '', current: '', up: '', down: '' };
	const items: {
		kind: 'previous' | 'current' | 'up' | 'down';
		text: string;
		x: number;
		tx: number;
		y: number;
	}[] = [];
	let at = 2;
	let line = 0;
	for (const kind of ['previous', 'current', 'up', 'down'] as const) {
		const mark = kind === 'up' || kind === 'down' ? 14 : 2 * dot;
		const w = mark + 4 + textWidth(lg[kind], type.text);
		if (at > 2 && at + w > width - 2) {
			line++;
			at = 2;
		}
		items.push({
			kind,
			text: lg[kind],
			x: roundPx(at),
			tx: roundPx(at + mark + 4),
			y: Math.round(type.text + 2 + line * LINE),
		});
		at += w + 12;
	}
	const TOP = Math.round(type.text + 2 + line * LINE + type.small + 20);
	const last = Math.max(options.outOf ?? 0, ...drawn.flatMap((r) => [r.rank, r.previous]), 2);
	const labelW = Math.round(
		Math.min(width * 0.4, Math.max(80, ...drawn.map((r) => textWidth(r.label, type.text) + 8))),
	);
	const maxChars = Math.floor((labelW - 6) / (type.text * 0.6));
	const x0 = RANK_W + labelW + dot + 2;
	const x = scaleLinear()
		.domain([1, last])
		.range([x0, width - CHANGE_W - dot - 4]);
	const dumbbells: Dumbbell[] = drawn.map((r, i) => {
		const cy = roundPx(TOP + i * rowHeight + rowHeight / 2);
		const change = r.previous - r.rank;
		return {
			...r,
			change,
			direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same',
			cy,
			ty: roundPx(cy + type.text * 0.35),
			x: roundPx(x(r.rank)),
			px: roundPx(x(r.previous)),
			short: truncate(r.label, maxChars),
			changeText: formatRankChange(change, locale),
		};
	});
	const bottom = TOP + dumbbells.length * rowHeight;
	// Ticks: 1, every ten places (every twenty if the axis is short), and the last rank.
	const step = x(11) - x(1) < textWidth('00', type.small) + 8 ? 20 : 10;
	const tickValues = [1, ...Array.from({ length: Math.floor(last / step) }, (_, i) => (i + 1) * step)];
	if (x(last) - x(tickValues[tickValues.length - 1]) < textWidth('00', type.small) + 6) tickValues.pop();
	tickValues.push(last);
	// Light bands behind every other five rows, so a row can be followed across.
	const bands = Array.from({ length: Math.ceil(dumbbells.length / 10) }, (_, i) => ({
		y: TOP + i * 10 * rowHeight,
		h: Math.min(5, dumbbells.length - i * 10) * rowHeight,
	}));
	const byChange = (dir: 1 | -1) =>
		dumbbells
			.filter((d) => d.change * dir > 0)
			.sort((a, b) => (b.change - a.change) * dir || a.rank - b.rank)
			.slice(0, nMovers);
	return {
		width,
		height: bottom + 6,
		type,
		dot,
		rankX: RANK_W - 4,
		labelX: RANK_W + 2,
		changeX: width - 2,
		plot: { x0: roundPx(x(1)), x1: roundPx(x(last)), top: TOP - 6, bottom },
		legend: items,
		rowHeight,
		/** Text baseline of the first row (the columns step down by `rowHeight`). */
		firstY: roundPx(TOP + rowHeight / 2 + type.text * 0.35),
		axisY: TOP - 10,
		ticks: tickValues.map((v) => ({ x: roundPx(x(v)), label: String(v) })),
		bands,
		dumbbells,
		gaps,
		movers: { up: byChange(1), down: byChange(-1) },
		same: dumbbells.filter((d) => d.change === 0).length,
	};
}

export type RankChangeLayout = ReturnType<typeof layoutRankChange>;
