/** Ranked bars of a table (or its top N), one figure per ministry group, with the table's mean where every total is published. Tag: `<RankBars edition={2023} top={10} />`. */
import type { TableView } from '../../data/model.ts';
import type { Level } from '../../data/schema.ts';
import { meanOfAll } from '../../data/find.ts';
import type { Locale } from '../../i18n.ts';
import { formatScore } from '../../format.ts';
import { layoutBarRanking } from '../bar-ranking.ts';
import { barRows } from '../lookup.ts';
import { chartStrings } from '../strings.ts';
import { layoutViews } from '../widths.ts';
import { defineChart, editionSource, tableCsv } from './types.ts';

export interface RankBarsInput {
	table: TableView;
	top?: number;
	highlight?: string;
	/** Hide the data table (the ranking page lists the same values). */
	showTable?: boolean;
}

export interface RankBarsTag {
	edition: number;
	level?: Level;
	table?: string;
	top?: number;
	highlight?: string;
}

export const rankBars = defineChart({
	slug: 'xep-hang',
	tag: 'RankBars',
	scope: 'ranking',
	onPage: 'drawn',
	// Bars need scores: a table of ranks alone (ministries, DTI 2023) would draw axes and no bars.
	available: (_, { table }) => table.rows.some((r) => r.total !== undefined),
	input: ({ table }, on): RankBarsInput => ({ table, showTable: on === 'embed' }),
	fromTag: (r, p: RankBarsTag): RankBarsInput => {
		const level = p.level ?? 'provinces';
		r.level(level);
		return {
			table: r.table(r.edition(p.edition), level, { id: p.table }),
			top: p.top,
			highlight: p.highlight,
		};
	},
	model: (data, { table, top, highlight, showTable = true }, locale: Locale, column = 'page') => {
		const s = chartStrings(locale);
		const source = editionSource(data, table.year, locale);
		const groups = table.groups
			.filter((g) => g.rows.length)
			.map((g) => {
				const rows = barRows(data, g.rows, table, top, locale);
				// The mean of the whole table (or group), even for its top N: only if every total is published.
				const mean = meanOfAll(g.rows.map((r) => r.total));
				const average = mean === undefined ? undefined : { value: mean, label: s.average };
				const views = layoutViews(column, (width, type) =>
					layoutBarRanking(rows, { width, type, highlight, locale, average }),
				);
				const c = views[0].c;
				const published = g.rows[0]?.average;
				const avgText =
					mean === undefined
						? undefined
						: s.barsAverage(
								g.rows.length,
								formatScore(mean, locale),
								published !== undefined && published !== mean ? formatScore(published, locale) : undefined,
							);
				const name = g.group
					? `${table.spec.title[locale]} — ${s.groupShort[g.group]}`
					: table.spec.title[locale];
				const desc = s.barsDesc(rows.length, rows.filter((r) => r.value === undefined).length, c.ties.length);
				return {
					frame: {
						id: ['bars', table.year, table.spec.id, g.group, top, highlight].filter(Boolean).join('-'),
						title: s.barsTitle(name, top),
						desc: avgText ? `${desc} ${avgText}` : desc,
						views,
						column,
						...source,
						...tableCsv(table, locale),
						note: [c.ties.length ? s.tieLegend : undefined, avgText].filter(Boolean).join(' ') || undefined,
						locale,
					},
					c,
				};
			});
		return { groups, showTable, locale };
	},
});
