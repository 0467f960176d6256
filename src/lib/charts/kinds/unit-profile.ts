/** A unit's scores in one edition by pillar or main index, against average and leader. Tag: `<ProfileChart edition={2024} unit="da-nang-2025" />`. */
import type { RankedRow, TableView } from '../../data/model.ts';
import { formatScore } from '../../format.ts';
import type { Locale } from '../../i18n.ts';
import { nameOn, profileItems } from '../lookup.ts';
import { chartStrings } from '../strings.ts';
import { layoutViews } from '../widths.ts';
import { layoutUnitProfile } from '../unit-profile.ts';
import { defineChart, editionSource, tableCsv } from './types.ts';

export interface ProfileInput {
	year: number;
	unit: string;
}

export interface ProfileTag {
	edition: number;
	unit: string;
}

/** Whether the row has any published pillar or main-index score. */
export function hasSubScores(row: RankedRow): boolean {
	return [...Object.values(row.pillars), ...Object.values(row.indices)].some((v) => v.score !== undefined);
}

export const unitProfile = defineChart({
	slug: 'ho-so',
	tag: 'ProfileChart',
	scope: 'unit-edition',
	onPage: 'drawn',
	available: (_, { row }) => hasSubScores(row),
	input: ({ view, unit }): ProfileInput => ({ year: view.year, unit: unit.id }),
	fromTag: (r, p: ProfileTag): ProfileInput => {
		r.result(p.unit, p.edition);
		return { year: Number(p.edition), unit: p.unit };
	},
	model: (data, { year, unit }, locale: Locale, column = 'page') => {
		const s = chartStrings(locale);
		const p = profileItems(data, year, unit, locale);
		const views = layoutViews(column, (width, type) => layoutUnitProfile(p.items, { width, type, locale }));
		const c = views[0].c;
		const table: TableView = p.table;
		const name = nameOn(data, unit, locale, data.edition(table.year)?.edition.published.date);
		const id = `profile-${year}-${unit}`;
		const tips = c.rows.map((r) =>
			s.tips.profile(r.label, r.valueText, formatScore(r.average, locale), formatScore(r.leader, locale)),
		);
		return {
			frame: {
				id,
				title: s.profileTitle(name, year),
				desc: s.profileDesc(name, p.leader),
				views,
				column,
				...editionSource(data, year, locale),
				...tableCsv(table, locale),
				note: `● ${name} · ┃ ${s.average} · ◇ ${s.leader}${p.leader ? ` (${p.leader})` : ''}.${p.computedAverage ? ` ${s.computedAverage(p.peers)}` : ''}`,
				locale,
			},
			c,
			tips,
			name,
			leader: p.leader,
		};
	},
});
