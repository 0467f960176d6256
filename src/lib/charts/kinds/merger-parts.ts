/**
 * A merged unit's former units: their scores in the table before the merger, the mean of those
 * scores (computed only when all are published) and the merged unit's published score. Drawn on
 * the merged unit's profile and on its page in that edition. Tag: `<MergerParts unit="bac-ninh-2025" />`.
 */
import type { Dataset } from '../../data/model.ts';
import { formatScore, formatScoreDelta } from '../../format.ts';
import type { Locale } from '../../i18n.ts';
import { downloadHref } from '../../url.ts';
import { layoutMerger, partsMean } from '../merger.ts';
import { mergerParts } from '../lookup.ts';
import type { Resolver } from '../../data/find.ts';
import { chartStrings } from '../strings.ts';
import { layoutViews, type ChartColumn } from '../widths.ts';
import { defineChart, editionSource } from './types.ts';

export interface MergerInput {
	unit: string;
}

export interface MergerTag {
	unit: string;
}

/** A value rounded as the chart prints it (4 decimals, as formatScore rounds): the mean is compared as a reader sees it. */
const printed = (v: number) => Number(formatScore(v, 'en'));

/** The model of a merged unit's former units (shared by the profile and the unit-in-edition kinds). */
export function mergerModel(data: Dataset, unit: string, locale: Locale, column: ChartColumn = 'page') {
	const s = chartStrings(locale);
	const m = s.merger;
	const p = mergerParts(data, unit, locale)!;
	const parts = p.parts;
	const mean = partsMean(parts);
	const merged = { ...p.merged, label: m.publishedRow(p.merged.label, p.table.spec.size) };
	const views = layoutViews(column, (width, type) => layoutMerger(parts, merged, { width, type, locale }));
	const c = views[0].c;
	const both = (x: { value?: number; rankText?: string }) =>
		`${formatScore(x.value, locale)}${x.rankText ? ` (${x.rankText})` : ''}`;
	const diff =
		mean !== undefined && p.merged.value !== undefined ? p.merged.value - printed(mean) : undefined;
	const check =
		diff === undefined
			? m.noMean(c.missing.join(', '))
			: Math.abs(diff) < 1e-9
				? m.check(formatScoreDelta(0, locale), true)
				: Math.abs(diff) <= 1e-4 + 1e-9
					? m.check(formatScoreDelta(Math.abs(diff), locale), false)
					: m.offBy(formatScoreDelta(Math.abs(diff), locale));
	const tip = (name: string, x: { value?: number; rankText?: string }) =>
		m.tip(name, p.year, formatScore(x.value, locale), x.rankText);
	return {
		frame: {
			id: `merger-${unit}`,
			title: m.title(p.merged.label, p.year),
			desc: m.desc(
				p.merged.label,
				p.parts.map((x) => `${x.label} ${both(x)}`).join('; '),
				mean === undefined ? undefined : formatScore(mean, locale),
				both(p.merged),
			),
			views,
			column,
			...editionSource(data, p.year, locale),
			// The two tables the chart reads: before the merger (former units) and after it.
			csv: [p.before, p.table].map((t) => ({
				href: downloadHref(t.year, t.spec, 'csv', locale),
				label: t.spec.title[locale],
			})),
			note: `${m.method} ${check}`,
			locale,
		},
		c,
		year: p.year,
		before: p.before.spec.title[locale],
		after: p.table.spec.title[locale],
		tips: {
			parts: c.parts.map((r) => tip(r.label, r)),
			mean:
				mean === undefined ? m.noMean(c.missing.join(', ')) : `${m.meanRow}: ${formatScore(mean, locale)}`,
			merged: tip(p.merged.label, p.merged),
		},
	};
}

/** An MDX tag's unit: it must exist and have been formed by a merger with a table of its former units. */
function fromTag(r: Resolver, p: MergerTag): MergerInput {
	if (!r.unit(p.unit).predecessors.length)
		r.fail(`"${p.unit}" was not formed by a merger (it has no predecessors in data/units/)`);
	return { unit: p.unit };
}

/** Whether the unit was formed by a merger and an edition has its former units' table. */
const hasParts = (data: Dataset, unit: string) => mergerParts(data, unit) !== undefined;

export const mergerChart = defineChart({
	slug: 'don-vi-cu',
	tag: 'MergerParts',
	scope: 'profile',
	onPage: 'drawn',
	available: (data, { unit }) => hasParts(data, unit.id),
	input: ({ unit }): MergerInput => ({ unit: unit.id }),
	fromTag: (r, p: MergerTag) => fromTag(r, p),
	model: (data, { unit }, locale: Locale, column) => mergerModel(data, unit, locale, column),
});

/** The same chart on the merged unit's page in the edition it draws. */
export const mergerChartEdition = defineChart({
	slug: 'don-vi-cu-ky',
	tag: 'MergerPartsEdition',
	scope: 'unit-edition',
	onPage: 'drawn',
	available: (data, { unit, view }) => mergerParts(data, unit.id)?.year === view.year,
	input: ({ unit }): MergerInput => ({ unit: unit.id }),
	fromTag: (r, p: MergerTag) => fromTag(r, p),
	model: (data, { unit }, locale: Locale, column) => mergerModel(data, unit, locale, column),
});
