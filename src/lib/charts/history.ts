/**
 * History across editions: score (top panel) and rank (bottom panel, 1 at the top) per edition.
 * Lines join two editions only when both values are published and the framework is the same;
 * a dashed rule marks each framework change, and editions without a published value stay empty.
 */
import { scaleLinear, scalePoint } from 'd3';
import type { Locale } from '../format.ts';
import { formatScore } from '../format.ts';
import { roundPx, tickLabels } from './format.ts';

export interface HistoryPoint {
	year: number;
	score?: number;
	rank?: number;
	outOf?: number;
	/** The unit was assessed (or should have been) but this value was not published. */
	missing?: boolean;
}

export interface HistorySeries {
	id: string;
	label: string;
	points: HistoryPoint[];
}

export interface HistoryOptions {
	width?: number;
	locale?: Locale;
	/** Score domain; defaults to the published values' range, padded and kept within [0, 1]. */
	domain?: [number, number];
}

const LEFT = 44;
const RIGHT = 16;
const LEGEND_ROW = 16;
const PANEL_GAP = 34;
const SCORE_H = 120;
const RANK_H = 100;

/** Lays out score and rank lines for one or more series over the editions (oldest first). */
export function layoutHistory(
	editions: { year: number; framework: string }[],
	series: HistorySeries[],
	options: HistoryOptions = {},
) {
	const { width = 400, locale = 'vi' } = options;
	const legendH = series.length > 1 ? series.length * LEGEND_ROW + 6 : 0;
	const scoreTop = legendH + 24;
	const rankTop = scoreTop + SCORE_H + PANEL_GAP;
	const height = rankTop + RANK_H + 26;
	const years = editions.map((e) => String(e.year));
	const x = scalePoint<string>()
		.domain(years)
		.range([LEFT, width - RIGHT])
		.padding(0.4);
	const all = series.flatMap((s) => s.points);
	const scores = all.flatMap((p) => (p.score === undefined ? [] : [p.score]));
	const lo = scores.length ? Math.min(...scores) : 0;
	const hi = scores.length ? Math.max(...scores) : 1;
	const domain = options.domain ?? [Math.max(0, lo - 0.1), Math.min(1, hi + 0.1)];
	const y = scaleLinear()
		.domain(domain)
		.nice(4)
		.range([scoreTop + SCORE_H, scoreTop]);
	const maxRank = Math.max(2, ...all.map((p) => p.outOf ?? p.rank ?? 1));
	const yr = scaleLinear()
		.domain([1, maxRank])
		.range([rankTop, rankTop + RANK_H]);
	const frameworkOf = new Map(editions.map((e) => [e.year, e.framework]));
	const sameFramework = (a: number, b: number) => frameworkOf.get(a) === frameworkOf.get(b);
	const xs = (year: number) => roundPx(x(String(year)) ?? 0);

	const lines = series.map((s, si) => {
		const pts = [...s.points].sort((a, b) => a.year - b.year);
		const segments = (key: 'score' | 'rank', scale: (n: number) => number) => {
			const out: string[] = [];
			for (let i = 1; i < pts.length; i++) {
				const a = pts[i - 1];
				const b = pts[i];
				const va = a[key];
				const vb = b[key];
				const adjacent = years.indexOf(String(b.year)) === years.indexOf(String(a.year)) + 1;
				if (va === undefined || vb === undefined || !adjacent || !sameFramework(a.year, b.year)) continue;
				out.push(`M${xs(a.year)},${roundPx(scale(va))}L${xs(b.year)},${roundPx(scale(vb))}`);
			}
			return out.join('');
		};
		return {
			id: s.id,
			label: s.label,
			index: si,
			legendY: 6 + si * LEGEND_ROW + LEGEND_ROW / 2,
			scorePath: segments('score', y),
			rankPath: segments('rank', yr),
			scoreDots: pts.flatMap((p) =>
				p.score === undefined
					? []
					: [{ year: p.year, x: xs(p.year), y: roundPx(y(p.score)), text: formatScore(p.score, locale) }],
			),
			rankDots: pts.flatMap((p) =>
				p.rank === undefined
					? []
					: [
							{
								year: p.year,
								x: xs(p.year),
								y: roundPx(yr(p.rank)),
								text: p.outOf ? `${p.rank}/${p.outOf}` : String(p.rank),
							},
						],
			),
			gaps: pts.filter((p) => p.missing).map((p) => ({ year: p.year, x: xs(p.year) })),
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
	const rTicks = [1, ...yr.ticks(4).filter((t) => t >= 5 && Number.isInteger(t) && t <= maxRank)];
	return {
		width,
		height,
		left: LEFT,
		right: width - RIGHT,
		score: {
			top: scoreTop,
			bottom: scoreTop + SCORE_H,
			ticks: sTicks.map((t, i) => ({ y: roundPx(y(t)), label: sLabels[i] })),
		},
		rank: {
			top: rankTop,
			bottom: rankTop + RANK_H,
			ticks: rTicks.map((t) => ({ y: roundPx(yr(t)), label: String(t) })),
		},
		years: editions.map((e) => ({ year: e.year, x: xs(e.year) })),
		breaks,
		lines,
	};
}

export type HistoryLayout = ReturnType<typeof layoutHistory>;
