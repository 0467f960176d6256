/** A unit's main indices over the editions of one framework. Tag: `<IndexHistory unit="hue" />`. */
import type { Dataset } from '../../data/model.ts';
import type { Resolver } from '../../data/find.ts';
import { dataText } from '../../data-text.ts';
import { formatList } from '../../format.ts';
import type { Locale } from '../../i18n.ts';
import { dataFiles, dataHref, paths } from '../../url.ts';
import { layoutIndexHistory } from '../index-history.ts';
import { ChartDataError, indexTimeline, nameOn } from '../lookup.ts';
import { chartStrings } from '../strings.ts';
import { defineChart } from './types.ts';
import { layoutViews, type ChartColumn } from '../widths.ts';

export interface IndexHistoryInput {
	unit: string;
}

export interface IndexHistoryTag {
	unit: string;
}

/** The model of a unit's main indices over time. */
export function indexHistoryModel(data: Dataset, unit: string, locale: Locale, column: ChartColumn = 'page') {
	const s = chartStrings(locale);
	const h = s.indexHistory;
	const tl = indexTimeline(data, unit, locale);
	if (!tl)
		throw new ChartDataError(
			`Chart: "${unit}" has published main-index scores in fewer than two editions of one framework; <IndexHistory> has nothing to draw.`,
		);
	const views = layoutViews(column, (width, type) => layoutIndexHistory(tl.items, { width, type, locale }));
	const c = views[0].c;
	const from = tl.years[0];
	const to = tl.years.at(-1)!;
	const name = nameOn(data, unit, locale);
	const summary = c.panels
		.map((p) => `${p.label}: ${p.dots.map((d) => `${d.year} ${d.text}`).join(', ')}`)
		.join('; ');
	return {
		frame: {
			id: `indices-${unit}`,
			title: h.title(name, from, to),
			desc: h.desc(tl.items.length, formatList(tl.years.map(String), locale), summary),
			views,
			column,
			source: s.historySource(from, to),
			sourceHref: paths(locale).sources(),
			// The unit's long CSV has every main-index value of every edition (src/pages/[...lang]/du-lieu/don-vi/).
			csv: dataHref(dataFiles.unit(tl.unit.level, unit), locale),
			note: [
				h.sameFramework(dataText(tl.framework.basis, locale).text),
				tl.others.length ? h.others(formatList(tl.others.map(String), locale)) : '',
			]
				.filter(Boolean)
				.join(' '),
			locale,
		},
		c,
		years: tl.years,
		tips: c.panels.map((p) => ({
			dots: p.dots.map((d) => h.tip(p.label, d.year, d.text)),
			gaps: p.gaps.map((g) => h.tip(p.label, g.year, g.note ?? s.noData)),
		})),
	};
}

export const indexHistory = defineChart({
	slug: 'chi-so-chinh',
	tag: 'IndexHistory',
	scope: 'profile',
	onPage: 'drawn',
	available: (data, { unit }) => indexTimeline(data, unit.id) !== undefined,
	input: ({ unit }): IndexHistoryInput => ({ unit: unit.id }),
	fromTag: (r: Resolver, p: IndexHistoryTag): IndexHistoryInput => {
		r.unit(p.unit);
		return { unit: p.unit };
	},
	model: (data, { unit }, locale: Locale, column) => indexHistoryModel(data, unit, locale, column),
});
