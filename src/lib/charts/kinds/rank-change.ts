/** Rank change since the previous edition on the same geography, as a dumbbell. Tag: `<RankChange edition={2024} table="provinces-63" />`. */
import type { Dataset, TableView } from '../../data/model.ts';
import type { Level, ResultRow } from '../../data/schema.ts';
import { frameworkChanged, tableById } from '../../data/find.ts';
import { t, type Locale } from '../../i18n.ts';
import { formatList } from '../../format.ts';
import { downloadHref } from '../../url.ts';
import { rankChangeRows } from '../lookup.ts';
import { layoutRankChange } from '../rank-change.ts';
import { chartStrings } from '../strings.ts';
import { layoutViews } from '../widths.ts';
import { defineChart, editionSource } from './types.ts';

/** Fewer units compared than this and a rank-change chart says too little to draw. */
export const MIN_COMPARED = 10;

/**
 * Whether a table has a rank change to draw: one ranking (not split into ministry groups, whose
 * ranks must not share an axis) and at least MIN_COMPARED units ranked in this edition and in the
 * previous edition's table of the same geography (the model's `rankChange`).
 */
export function hasRankChange(table: TableView): boolean {
	return (
		table.groups.length === 1 && table.rows.filter((r) => r.rankChange !== undefined).length >= MIN_COMPARED
	);
}

export interface RankChangeInput {
	table: TableView;
	/** Hide the data table (the ranking page lists each unit's rank and its change). */
	showTable?: boolean;
}

export interface RankChangeTag {
	edition: number;
	level?: Level;
	table?: string;
}

/** The previous edition's table the model compared this table's ranks with. */
function previousTable(data: Dataset, table: TableView): TableView {
	const prev = table.rows.find((r) => r.rankChange !== undefined)!.previous!;
	return tableById(data.edition(prev.year)!, prev.table)!;
}

/**
 * For each edition drawn, how many of its ranks (of the units drawn) are not stated by a source
 * but taken from the row order of the official table, or another basis: one sentence per basis.
 */
function basisNotes(table: TableView, prev: TableView, drawn: Set<string>, locale: Locale): string[] {
	const m = t(locale);
	return [table, prev].flatMap((tb) => {
		const counts = new Map<ResultRow['rank_basis'], number>();
		for (const r of tb.rows)
			if (drawn.has(r.unit) && r.rank_basis !== 'published')
				counts.set(r.rank_basis, (counts.get(r.rank_basis) ?? 0) + 1);
		return [...counts].map(([basis, n]) => m.charts.rankChangeBasis(n, tb.year, m.rankBasis[basis]));
	});
}

export const rankChange = defineChart({
	slug: 'thay-doi-hang',
	tag: 'RankChange',
	scope: 'ranking',
	onPage: 'drawn',
	available: (_, { table }) => hasRankChange(table),
	input: ({ table }, on): RankChangeInput => ({ table, showTable: on === 'embed' }),
	fromTag: (r, p: RankChangeTag): RankChangeInput => {
		const level = p.level ?? 'provinces';
		r.level(level);
		const table = r.table(r.edition(p.edition), level, { id: p.table });
		if (!hasRankChange(table))
			r.fail(
				`DTI ${p.edition} table "${table.spec.id}" has fewer than ${MIN_COMPARED} units ranked in the previous edition on the same geography (no rank change to draw)`,
			);
		return { table };
	},
	model: (data, { table, showTable = true }, locale: Locale, column = 'page') => {
		const s = chartStrings(locale);
		const m = t(locale);
		const view = data.edition(table.year)!;
		const prev = previousTable(data, table);
		const rows = rankChangeRows(data, table, locale);
		const legend = {
			previous: m.editionOf(prev.year),
			current: m.editionOf(table.year),
			up: s.rankUp,
			down: s.rankDown,
		};
		const views = layoutViews(column, (width, type) =>
			layoutRankChange(rows, { width, type, outOf: table.spec.size, locale, legend }),
		);
		const c = views[0].c;
		const moves = (list: typeof c.movers.up) =>
			formatList(
				list.map((d) => s.rankChangeMove(d.label, d.previous, d.rank)),
				locale,
			);
		const a = editionSource(data, table.year, locale);
		const b = editionSource(data, prev.year, locale);
		const note = [
			c.gaps.length
				? s.rankChangeGaps(
						c.gaps.length,
						formatList(
							c.gaps.map((g) => g.label),
							locale,
						),
					)
				: undefined,
			frameworkChanged(data, view) ? s.rankChangeFramework(prev.year, table.year) : undefined,
			...basisNotes(table, prev, new Set(c.dumbbells.map((d) => d.id)), locale),
		].filter(Boolean);
		return {
			frame: {
				id: ['rank-change', table.year, table.spec.id].join('-'),
				title: s.rankChangeTitle(prev.year, table.year, table.spec.title[locale]),
				desc: s.rankChangeDesc(
					c.dumbbells.length,
					prev.year,
					table.year,
					moves(c.movers.up),
					moves(c.movers.down),
					c.same,
				),
				views,
				column,
				source: `${a.source}; ${b.source}`,
				sourceHref: a.sourceHref,
				csv: [
					{ href: downloadHref(table.year, table.spec, 'csv', locale), label: m.editionOf(table.year) },
					{ href: downloadHref(prev.year, prev.spec, 'csv', locale), label: m.editionOf(prev.year) },
				],
				note: note.length ? note.join(' ') : undefined,
				locale,
			},
			c,
			showTable,
			years: { previous: prev.year, current: table.year },
		};
	},
});
