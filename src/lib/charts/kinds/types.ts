/**
 * What a chart kind is made of (see `registry.ts`): where it appears, when it has something to
 * draw, how its model is made from view models, and how an MDX tag's ids become that input.
 */
import type { Dataset, EditionView, RankedRow, TableView, Unit } from '../../data/model.ts';
import type { Resolver } from '../../data/find.ts';
import type { Locale, Messages } from '../../i18n.ts';
import type { EmbedKind } from '../embed.ts';
import { formatDate } from '../../format.ts';
import { downloadHref, paths } from '../../url.ts';
import { chartStrings } from '../strings.ts';
import { dataText } from '../../data-text.ts';
import type { ChartColumn } from '../widths.ts';
import { orderedKinds, type GapKind } from '../../data/gaps.ts';
import { t } from '../../i18n.ts';

/** The pages a chart kind belongs to: a ranking table, a unit in an edition, a unit's profile. */
export type ChartScope = 'ranking' | 'unit-edition' | 'profile';

/** The view each scope's pages (and embed pages) hand their charts. */
export interface ChartSubjects {
	ranking: { view: EditionView; table: TableView };
	'unit-edition': { view: EditionView; unit: Unit; table: TableView; row: RankedRow };
	profile: { unit: Unit };
}

/** A chart kind: one entry of the registry. */
export interface ChartKind<S extends ChartScope = ChartScope, I = unknown, M = unknown, P = never> {
	/** Slug of its embed page: /nhung/<page route>/<slug>/. */
	slug: EmbedKind;
	/** Name of its MDX tag (and its figure component). */
	tag: string;
	scope: S;
	/** On its page: drawn, or only linked to its embed page (the map, kept off the ranking page). */
	onPage: 'drawn' | 'linked';
	/** Whether the subject has published values for this chart (no page, no embed otherwise). */
	available: (data: Dataset, subject: ChartSubjects[S]) => boolean;
	/** The model input for a subject, on its page or on its embed page. */
	input: (subject: ChartSubjects[S], on: 'page' | 'embed') => I;
	/** The model input for an MDX tag's props, ids resolved (a typo fails with what exists). */
	fromTag: (r: Resolver, props: P) => I;
	/**
	 * The adapter: what the figure component renders, laid out twice (narrow and wide, for the
	 * column the chart sits in; `widths.ts`).
	 */
	model: (data: Dataset, input: I, locale: Locale, column?: ChartColumn) => M;
	/** Text of the link to its embed page, for a kind only linked from its page. */
	linkText?: (s: Messages) => string;
	/** Extra line under the chart on its embed page. */
	embedNote?: (s: Messages) => string;
}

/** The source line of a chart of one edition: publisher, edition and date, linked to the sources page. */
export function editionSource(
	data: Dataset,
	year: number,
	locale: Locale,
): { source: string; sourceHref: string } {
	const pub = data.edition(year)!.edition.published;
	return {
		source: chartStrings(locale).editionSource(
			dataText(pub.publisher, locale).text,
			year,
			formatDate(pub.date, locale),
		),
		sourceHref: paths(locale).sources(),
	};
}

/** The chart's data: the CSV of the ranking table it draws, in the chart's language (src/pages/[...lang]/du-lieu/). */
export function tableCsv(table: TableView, locale: Locale): { csv: string } {
	return { csv: downloadHref(table.year, table.spec, 'csv', locale) };
}

/** Declares a chart kind (types its parts against each other). */
export function defineChart<S extends ChartScope, I, M, P>(
	kind: ChartKind<S, I, M, P>,
): ChartKind<S, I, M, P> {
	return kind;
}

/**
 * The units a chart does not draw (no value), grouped by why (src/lib/data/gaps.ts): the chart's
 * note counts them and names the kinds; its data table lists them by kind after the drawn ones.
 */
export function absentUnits(items: { label: string; gap?: GapKind }[], locale: Locale) {
	const s = t(locale);
	const groups = orderedKinds(items.map((i) => i.gap ?? 'not_in_record')).map((kind) => ({
		kind,
		text: s.charts.absentList(
			s.gaps[kind].toLowerCase(),
			items.filter((i) => (i.gap ?? 'not_in_record') === kind).map((i) => i.label),
		),
	}));
	const note = items.length
		? s.charts.notShown(items.length, groups.map((g) => s.gaps[g.kind].toLowerCase()).join('; '))
		: undefined;
	return { note, groups };
}
