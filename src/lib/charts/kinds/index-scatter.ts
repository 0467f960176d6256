/** Scatter of two pillars or main indices over a table, outliers labelled. Tag: `<IndexScatter edition={2024} x="ha_tang_so" y="hoat_dong_kinh_te_so" />`. */
import type { TableView } from '../../data/model.ts';
import type { Level } from '../../data/schema.ts';
import type { Locale } from '../../i18n.ts';
import { indexLabel, scatterPoints } from '../lookup.ts';
import { layoutScatter } from '../scatter.ts';
import { chartStrings } from '../strings.ts';
import { layoutViews } from '../widths.ts';
import { absentUnits, defineChart, editionSource, tableCsv } from './types.ts';

/** Main indices compared on ranking pages (infrastructure vs digital-economy activity). */
export const SCATTER_PAIR = ['ha_tang_so', 'hoat_dong_kinh_te_so'] as const;

/** Whether a table has at least 10 units with both scores of the pair published. */
export function hasScatter(table: TableView, [x, y]: readonly [string, string] = SCATTER_PAIR): boolean {
	return (
		table.rows.filter((r) => r.indices[x]?.score !== undefined && r.indices[y]?.score !== undefined).length >=
		10
	);
}

export interface IndexScatterInput {
	table: TableView;
	x: string;
	y: string;
	highlight?: string;
}

export interface IndexScatterTag {
	edition: number;
	x: string;
	y: string;
	level?: Level;
	table?: string;
	highlight?: string;
}

export const indexScatter = defineChart({
	slug: 'tuong-quan',
	tag: 'IndexScatter',
	scope: 'ranking',
	onPage: 'drawn',
	available: (_, { table }) => hasScatter(table),
	input: ({ table }): IndexScatterInput => ({ table, x: SCATTER_PAIR[0], y: SCATTER_PAIR[1] }),
	fromTag: (r, p: IndexScatterTag): IndexScatterInput => {
		const level = p.level ?? 'provinces';
		r.level(level);
		const table = r.table(r.edition(p.edition), level, { id: p.table });
		return { table, x: p.x, y: p.y, highlight: p.highlight };
	},
	model: (data, { table, x, y, highlight }, locale: Locale, column = 'page') => {
		const s = chartStrings(locale);
		const view = data.edition(table.year)!;
		const xl = indexLabel(view, x, locale);
		const yl = indexLabel(view, y, locale);
		const points = scatterPoints(data, table, x, y, locale);
		const views = layoutViews(column, (width, type) =>
			layoutScatter(points, { width, type, highlight, locale }),
		);
		const c = views[0].c;
		const absent = absentUnits(
			c.absent.map((p) => ({ label: p.label, gap: p.gaps?.x ?? p.gaps?.y })),
			locale,
		);
		return {
			frame: {
				id: ['scatter', table.year, table.spec.id, x, y].join('-'),
				title: s.scatterTitle(xl, yl, table.year),
				desc: s.scatterDesc(c.dots.length),
				views,
				column,
				...editionSource(data, table.year, locale),
				...tableCsv(table, locale),
				note: absent.note,
				locale,
			},
			c,
			absent: absent.groups,
			xl,
			yl,
		};
	},
});
