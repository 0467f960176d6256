/** A unit's score and rank across editions, with its predecessors' series. Tag: `<UnitHistory unit="da-nang" />`. */
import type { Dataset } from '../../data/model.ts';
import type { MinistryGroup } from '../../data/schema.ts';
import type { Locale } from '../../i18n.ts';
import { dataFiles, dataHref, paths } from '../../url.ts';
import { layoutHistory, type HistorySeries, type RankBoard } from '../history.ts';
import { findUnit, historyEditions, historySeries, nameOn } from '../lookup.ts';
import { chartStrings } from '../strings.ts';
import { layoutViews } from '../widths.ts';
import { defineChart } from './types.ts';

export interface HistoryInput {
	unit: string;
	/** Figure id (defaults to history-<unit>). */
	id?: string;
}

export interface HistoryTag {
	unit: string;
	id?: string;
}

/** Whether the unit (or a predecessor) has at least one published total or rank across editions. */
export function hasHistory(data: Dataset, unitId: string): boolean {
	const unit = data.units.get(unitId);
	const ids = [unitId, ...(unit?.predecessors ?? [])];
	return ids.some((id) =>
		data
			.series(id)
			.some((e) => e.results.some(({ row }) => row.total !== undefined || row.rank !== undefined)),
	);
}

const BOARDS = ['vn-63', 'vn-34', 'ministries:public-services', 'ministries:no-public-services'];
type Geography = 'vn-63' | 'vn-34' | 'ministries';

/**
 * The rank panels of a history, labelled: one per board the series were ranked on (`rankBoard`
 * in lookup.ts), provinces before the 2025 merger first, then after it, then ministry groups.
 */
export function rankBoards(series: HistorySeries[], locale: Locale): RankBoard[] {
	const s = chartStrings(locale);
	const ranks = series.flatMap((x) => x.points.flatMap((p) => p.ranks ?? []));
	const keys = [...new Set(ranks.map((r) => r.board))];
	return keys
		.sort((a, b) => BOARDS.indexOf(a) - BOARDS.indexOf(b))
		.map((key) => {
			const [g, group] = key.split(':') as [Geography, MinistryGroup | undefined];
			const sizes = ranks.filter((r) => r.board === key).flatMap((r) => (r.outOf ? [r.outOf] : []));
			// A size only when every edition's table on this board had it (ministry groups vary).
			const size = sizes.length && sizes.every((n) => n === sizes[0]) ? sizes[0] : undefined;
			return { key, label: s.rankBoard(g, size, group) };
		});
}

export const unitHistory = defineChart({
	slug: 'lich-su',
	tag: 'UnitHistory',
	scope: 'profile',
	onPage: 'drawn',
	available: (data, { unit }) => hasHistory(data, unit.id),
	input: ({ unit }): HistoryInput => ({ unit: unit.id }),
	fromTag: (r, p: HistoryTag): HistoryInput => {
		r.unit(p.unit);
		return { unit: p.unit, id: p.id };
	},
	model: (data, { unit, id }, locale: Locale, column = 'page') => {
		const s = chartStrings(locale);
		const editions = historyEditions(data);
		const series = historySeries(data, unit, locale);
		const boards = rankBoards(series, locale);
		const views = layoutViews(column, (width, type) =>
			layoutHistory(editions, series, { width, type, locale, boards }),
		);
		const c = views[0].c;
		const summary = series[0].points
			.map((p) => {
				const ranks = (p.ranks ?? []).flatMap((r) =>
					r.rank === undefined ? [] : [`${s.rank.toLowerCase()} ${r.rank}${r.outOf ? `/${r.outOf}` : ''}`],
				);
				return `${p.year}: ${p.score === undefined ? '—' : c.lines[0].scoreDots.find((d) => d.year === p.year)?.text}${ranks.map((r) => `, ${r}`).join('')}`;
			})
			.join('; ');
		return {
			frame: {
				id: id ?? `history-${unit}`,
				title: s.historyTitle(nameOn(data, unit, locale)),
				desc: s.historyDesc(summary),
				views,
				column,
				source: s.historySource(editions[0].year, editions[editions.length - 1].year),
				sourceHref: paths(locale).sources(),
				// One CSV per series drawn (the unit and its predecessors), from src/pages/du-lieu/don-vi/.
				csv: series
					.filter((x) => x.points.length)
					.map((x) => ({
						href: dataHref(dataFiles.unit(findUnit(data, x.id).level, x.id), locale),
						label: x.label,
					})),
				locale,
			},
			c,
			editions,
			lines: series.length,
		};
	},
});
