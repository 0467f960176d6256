/**
 * The social cards of the pages that have one of their own, in words, from the view models: a
 * unit in an edition and a ranking table. The pages write them into their og:image tag
 * (UnitEditionPage.astro, [year]/[table]/index.astro), and scripts/cards.ts starts rendering the
 * same cards from the dataset as soon as a build begins, before Astro has written those pages.
 */
import type { Dataset, TableView } from '../data/model.ts';
import { valueGap, type GapKind } from '../data/gaps.ts';
import { unitEditionView, type UnitEditionView } from '../data/views.ts';
import { formatDate, formatScore } from '../format.ts';
import { LOCALES, t, type Locale } from '../i18n.ts';
import { unitName } from '../names.ts';
import { paths } from '../url.ts';
import { cardFile, type CardSpec, type PageCard } from './spec.ts';

export type CardWords = Pick<CardSpec, 'kicker' | 'title' | 'facts'>;

/** A unit's card in an edition: its rank of N and score, or why there is no score. */
export function unitEditionCard({ unit, view, entry }: UnitEditionView, locale: Locale): CardWords {
	const s = t(locale);
	const main = entry.results[0]?.row;
	/** Why the card has no score: the table's gap kind, or the unit's status in the edition. */
	const noScore: GapKind = entry.results[0]
		? valueGap(entry.results[0].table.spec, 'total')
		: entry.status === 'not-assessed'
			? 'not_assessed'
			: entry.status === 'not-published'
				? 'not_published'
				: 'not_in_record';
	return {
		kicker: `${s.editionOf(view.year)} · ${s.levelsTitle[unit.level]}`,
		title: unitName(unit, locale, view.edition.published.date),
		facts: [
			...(main?.rank !== undefined ? [s.card.rankOf(main.rank, main.outOf)] : []),
			main?.total !== undefined ? s.card.score(formatScore(main.total, locale)) : s.gaps[noScore],
		],
	};
}

/** A ranking's card: the edition and its date, how many units, and the leader when there is one. */
export function rankingCard(data: Dataset, year: number, table: TableView, locale: Locale): CardWords {
	const s = t(locale);
	const view = data.edition(year)!;
	const leaders = table.rows.filter((r) => r.rank === 1).map((r) => data.units.get(r.unit)!);
	return {
		kicker: `${s.editionOf(year)} · ${s.publishedOn} ${formatDate(view.edition.published.date, locale)}`,
		title: table.spec.title[locale],
		facts: [
			...(table.rows.length ? [s.card.units(table.rows.length)] : [s.notPublished]),
			...(leaders.length === 1
				? [s.card.leader(unitName(leaders[0], locale, view.edition.published.date))]
				: []),
		],
	};
}

/** A card in words as its page writes it (SocialMeta.astro): with the site's name, locale and file. */
export function pageCard(words: CardWords, pathname: string, base: string, locale: Locale): PageCard {
	return { ...words, site: t(locale).siteName, lang: locale, file: cardFile(pathname, base) };
}

/**
 * Every unit-in-edition and ranking card of the site, in every locale, as the pages will write
 * them (the same routes as src/pages/[...lang]/[year]/…): what a build can start rendering
 * before the pages exist.
 */
export function siteCards(data: Dataset, base: string): PageCard[] {
	return LOCALES.flatMap((locale) => {
		const p = paths(locale, base);
		return data.editions.flatMap((view) => [
			...view.tables.map((table) =>
				pageCard(rankingCard(data, view.year, table, locale), p.ranking(view.year, table.spec), base, locale),
			),
			...(['provinces', 'ministries'] as const).flatMap((level) =>
				data
					.unitsInEdition(view.year, level)
					.map((u) =>
						pageCard(
							unitEditionCard(unitEditionView(data, u, view.year), locale),
							p.unitInEdition(view.year, level, u.id),
							base,
							locale,
						),
					),
			),
		]);
	});
}
