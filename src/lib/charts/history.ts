/**
 * History across editions: score (top panel) and rank per edition, one rank panel per ranking
 * board (a table size: the 63 provinces, the 34 units after the 2025 merger, a ministry group),
 * so "17/34" and "2/63" never share an axis. Lines join two editions only when both values are
 * published, on the same board, and the framework is the same; a dashed rule marks each
 * framework change, and editions without a published value stay empty.
 */
import { scaleLinear, scalePoint } from 'd3';
import type { Locale } from '../format.ts';
import { formatScore } from '../format.ts';
import { roundPx, textWidth, tickLabels } from './format.ts';
import { TYPE, type ChartType } from './widths.ts';
import type { GapKind, Gaps } from '../data/gaps.ts';

/** A rank on one board (a table size or ministry group); `rank` absent when not published. */
export interface HistoryRank {
	board: string;
	rank?: number;
	outOf?: number;
	/** Why the rank is missing (src/lib/data/gaps.ts). */
	gap?: GapKind;
}

export interface HistoryPoint {
	year: number;
	score?: number;
	/** The unit's ranks in this edition, one per board it was ranked on. */
	ranks?: HistoryRank[];
	/** The unit was assessed (or should have been) but this value was not published. */
	missing?: boolean;
	/** Why the score or rank is missing (src/lib/data/gaps.ts). */
	gaps?: Gaps<'value' | 'rank'>;
}

export interface HistorySeries {
	id: string;
	label: string;
	points: HistoryPoint[];
}

/** A rank panel: its board key and the label above it. */
export interface RankBoard {
	key: string;
	label: string;
}

export interface HistoryOptions {
	width?: number;
	locale?: Locale;
	/** Score domain; defaults to the published values' range, padded and kept within [0, 1]. */
	domain?: [number, number];
	/** Rank panels in order, with labels; defaults to the boards of the points, labelled by key. */
	boards?: RankBoard[];
	/** Text sizes of the layout (narrow or wide, `widths.ts`). */
	type?: ChartType;
}

const RIGHT = 16;

/** Words of `text` on lines of at most `width` units at `size` (semibold, estimated). */
function wrap(text: string, width: number, size: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(' ')) {
		const last = lines[lines.length - 1];
		if (last !== undefined && textWidth(`${last} ${word}`, size * 1.05) <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** Lays out score and rank lines for one or more series over the editions (oldest first). */
export function layoutHistory(
	editions: { year: number; framework: string }[],
	series: HistorySeries[],
	options: HistoryOptions = {},
) {
	const { width = 400, locale = 'vi', type = TYPE.narrow } = options;
	const LEFT = Math.round(textWidth('0,00', type.small) + 12);
	const LEGEND_ROW = Math.round(type.line + 2);
	const PANEL_GAP = Math.round(type.line * 2 + 12);
	const SCORE_H = width < 500 ? 130 : 170;
	const RANK_H = width < 500 ? 96 : 110;
	const all = series.flatMap((s) => s.points);
	const ranked = all.flatMap((p) => p.ranks ?? []);
	const used = new Set(ranked.filter((r) => r.rank !== undefined).map((r) => r.board));
	const boards = (
		options.boards ?? [...new Set(ranked.map((r) => r.board))].map((key) => ({ key, label: key }))
	).filter((b) => used.has(b.key));
	const legendH = series.length > 1 ? series.length * LEGEND_ROW + 6 : 0;
	// Panel titles sit a line above each panel, clear of its top tick label.
	const scoreTop = legendH + Math.round(type.line + type.small + 6);
	// A panel's title on as many lines as the width needs (long on a phone: "Hạng trong 34 tỉnh…");
	// each extra line pushes the panel down.
	const titled = boards.map((b) => ({ ...b, lines: wrap(b.label, width - 4, type.small) }));
	const tops: number[] = [];
	let next = scoreTop + SCORE_H;
	for (const b of titled) {
		next += PANEL_GAP + (b.lines.length - 1) * type.line;
		tops.push(Math.round(next));
		next += RANK_H;
	}
	const bottom = boards.length ? tops[tops.length - 1] + RANK_H : scoreTop + SCORE_H;
	const height = Math.round(bottom + type.small + 12);
	const years = editions.map((e) => String(e.year));
	const x = scalePoint<string>()
		.domain(years)
		.range([LEFT, width - RIGHT])
		.padding(0.4);
	const scores = all.flatMap((p) => (p.score === undefined ? [] : [p.score]));
	const lo = scores.length ? Math.min(...scores) : 0;
	const hi = scores.length ? Math.max(...scores) : 1;
	const domain = options.domain ?? [Math.max(0, lo - 0.1), Math.min(1, hi + 0.1)];
	const y = scaleLinear()
		.domain(domain)
		.nice(4)
		.range([scoreTop + SCORE_H, scoreTop]);
	const panels = titled.map((b, i) => {
		const top = tops[i];
		const mine = ranked.filter((r) => r.board === b.key);
		const max = Math.max(2, ...mine.map((r) => r.outOf ?? r.rank ?? 1));
		const scale = scaleLinear()
			.domain([1, max])
			.range([top, top + RANK_H]);
		// 1 and the board's size, with round ranks between them that keep clear of both ends.
		const ticks = [1, ...scale.ticks(4).filter((t) => t >= 5 && Number.isInteger(t) && t <= max * 0.8), max];
		return {
			...b,
			top,
			bottom: top + RANK_H,
			scale,
			ticks: [...new Set(ticks)].map((t) => ({ y: roundPx(scale(t)), label: String(t) })),
		};
	});
	const frameworkOf = new Map(editions.map((e) => [e.year, e.framework]));
	const sameFramework = (a: number, b: number) => frameworkOf.get(a) === frameworkOf.get(b);
	const xs = (year: number) => roundPx(x(String(year)) ?? 0);
	const adjacent = (a: number, b: number) => years.indexOf(String(b)) === years.indexOf(String(a)) + 1;
	/** Path through consecutive published values of one framework. */
	const path = (pts: { year: number; v?: number }[], scale: (n: number) => number) => {
		const out: string[] = [];
		for (let i = 1; i < pts.length; i++) {
			const a = pts[i - 1];
			const b = pts[i];
			if (
				a.v === undefined ||
				b.v === undefined ||
				!adjacent(a.year, b.year) ||
				!sameFramework(a.year, b.year)
			)
				continue;
			out.push(`M${xs(a.year)},${roundPx(scale(a.v))}L${xs(b.year)},${roundPx(scale(b.v))}`);
		}
		return out.join('');
	};

	const lines = series.map((s, si) => {
		const pts = [...s.points].sort((a, b) => a.year - b.year);
		const onBoard = (key: string) =>
			pts.map((p) => {
				const r = p.ranks?.find((q) => q.board === key);
				return { year: p.year, v: r?.rank, outOf: r?.outOf };
			});
		return {
			id: s.id,
			label: s.label,
			index: si,
			legendY: 6 + si * LEGEND_ROW + LEGEND_ROW / 2,
			scorePath: path(
				pts.map((p) => ({ year: p.year, v: p.score })),
				y,
			),
			scoreDots: pts.flatMap((p) =>
				p.score === undefined
					? []
					: [{ year: p.year, x: xs(p.year), y: roundPx(y(p.score)), text: formatScore(p.score, locale) }],
			),
			ranks: panels.map((panel) => {
				const b = onBoard(panel.key);
				return {
					board: panel.key,
					path: path(b, panel.scale),
					dots: b.flatMap((p) =>
						p.v === undefined
							? []
							: [
									{
										year: p.year,
										x: xs(p.year),
										y: roundPx(panel.scale(p.v)),
										text: p.outOf ? `${p.v}/${p.outOf}` : String(p.v),
									},
								],
					),
				};
			}),
			gaps: pts.filter((p) => p.missing).map((p) => ({ year: p.year, x: xs(p.year) })),
			/** Why values are missing, per edition (the data table's gaps; `ranks` per board, absent off the boards). */
			points: pts.map((p) => ({
				year: p.year,
				gaps: p.gaps,
				ranks: p.ranks?.map((r) => ({ board: r.board, gap: r.gap })),
			})),
		};
	});

	const breaks = editions.slice(1).flatMap((e, i) =>
		e.framework === editions[i].framework
			? []
			: [
					{
						between: [editions[i].year, e.year] as const,
						x: roundPx(((x(String(editions[i].year)) ?? 0) + (x(String(e.year)) ?? 0)) / 2),
					},
				],
	);
	const sTicks = y.ticks(4);
	const sLabels = tickLabels(sTicks, locale);
	return {
		width,
		height,
		type,
		left: LEFT,
		yearY: Math.round(bottom + type.small + 6),
		titleGap: Math.round(type.small + 6),
		right: width - RIGHT,
		/** Bottom of the last panel (year labels go under it). */
		bottom,
		score: {
			top: scoreTop,
			bottom: scoreTop + SCORE_H,
			ticks: sTicks.map((t, i) => ({ y: roundPx(y(t)), label: sLabels[i] })),
		},
		ranks: panels.map(({ key, label, lines: l, top, bottom: b, ticks }) => ({
			key,
			label,
			lines: l,
			top,
			bottom: b,
			ticks,
		})),
		lineHeight: type.line,
		years: editions.map((e) => ({ year: e.year, x: xs(e.year) })),
		breaks,
		lines,
	};
}

export type HistoryLayout = ReturnType<typeof layoutHistory>;
