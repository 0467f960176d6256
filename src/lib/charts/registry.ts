/**
 * The chart registry: every chart kind, one line each. Pages, the embed route (/nhung/) and the
 * MDX tags iterate it; a kind's file in `kinds/` holds its availability rule, embed slug, MDX
 * tag, adapter from view models and its strings (from the locale's `charts` table). The figure
 * component that draws a kind's model is listed in `src/components/charts/figures.ts`.
 */
import type { Dataset } from '../data/model.ts';
import { unitResult } from '../data/find.ts';
import { t, type Locale } from '../i18n.ts';
import { embedPaths, embedRoutes } from './embed.ts';
import type { ChartKind, ChartScope, ChartSubjects } from './kinds/types.ts';
import type { ChartColumn } from './widths.ts';
import { scoreMap } from './kinds/score-map.ts';
import { rankBars } from './kinds/rank-bars.ts';
import { indexScatter } from './kinds/index-scatter.ts';
import { unitProfile } from './kinds/unit-profile.ts';
import { distribution } from './kinds/distribution.ts';
import { unitHistory } from './kinds/unit-history.ts';
import { mergerChart, mergerChartEdition } from './kinds/merger-parts.ts';
import { indexHistory } from './kinds/index-history.ts';
import { rankChange } from './kinds/rank-change.ts';
import { indexHeatmap } from './kinds/index-heatmap.ts';

export type { ChartKind, ChartScope, ChartSubjects } from './kinds/types.ts';

/** Every chart kind, in page order within its scope. */
export const CHARTS = [
	scoreMap,
	rankBars,
	rankChange,
	indexHeatmap,
	indexScatter,
	unitProfile,
	distribution,
	mergerChartEdition,
	unitHistory,
	indexHistory,
	mergerChart,
] as const;

type AnyKind = ChartKind<ChartScope, unknown, unknown, never>;
const kinds = CHARTS as readonly AnyKind[];

/** The kinds of a scope, in page order. */
export function chartsOf<S extends ChartScope>(scope: S): ChartKind<S, unknown, unknown, never>[] {
	return kinds.filter((k) => k.scope === scope) as unknown as ChartKind<S, unknown, unknown, never>[];
}

/** The kind whose MDX tag is `tag`. */
export function chartByTag(tag: string): AnyKind {
	const kind = kinds.find((k) => k.tag === tag);
	if (!kind) throw new Error(`No chart kind has the tag <${tag}>`);
	return kind;
}

/** Route of a kind's embed page for a subject (without base or locale). */
export function embedRoute<S extends ChartScope>(kind: ChartKind<S>, subject: ChartSubjects[S]): string {
	if (kind.scope === 'ranking') {
		const { view, table } = subject as ChartSubjects['ranking'];
		return embedRoutes.ranking(view.year, table.spec, kind.slug);
	}
	const { unit, view } = subject as ChartSubjects['unit-edition'];
	if (kind.scope === 'unit-edition')
		return embedRoutes.unitInEdition(view.year, unit.level, unit.id, kind.slug);
	return embedRoutes.profile(unit.level, unit.id, kind.slug);
}

/** URL of a kind's embed page for a subject, in a locale. */
export function embedUrl<S extends ChartScope>(
	kind: ChartKind<S>,
	subject: ChartSubjects[S],
	locale: Locale,
): string {
	const e = embedPaths(locale);
	if (kind.scope === 'ranking') {
		const { view, table } = subject as ChartSubjects['ranking'];
		return e.ranking(view.year, table.spec, kind.slug);
	}
	const { unit, view } = subject as ChartSubjects['unit-edition'];
	if (kind.scope === 'unit-edition') return e.unitInEdition(view.year, unit.level, unit.id, kind.slug);
	return e.profile(unit.level, unit.id, kind.slug);
}

/** Identity numbers of the objects in model inputs (views of the build's one dataset). */
const ids = new WeakMap<object, number>();
let lastId = 0;
const idOf = (o: object) => {
	let id = ids.get(o);
	if (id === undefined) ids.set(o, (id = ++lastId));
	return id;
};
/** The same input, as a string: primitives by value, views (tables, units) by identity. */
function inputKey(input: unknown): string {
	if (input === null || typeof input !== 'object') return JSON.stringify(input) ?? 'undefined';
	return Object.entries(input)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([k, v]) => `${k}=${v !== null && typeof v === 'object' ? `#${idOf(v)}` : JSON.stringify(v)}`)
		.join('&');
}
const models = new WeakMap<Dataset, Map<string, unknown>>();

/**
 * A kind's model for an input, laid out once per build: a chart drawn on its page and on its
 * embed page (or by an MDX tag) with the same input is computed the first time and handed out
 * again the second, then dropped (a chart appears at most twice, so the cache stays small). Models are read-only.
 */
export function chartModel<S extends ChartScope, I, M, P>(
	data: Dataset,
	kind: ChartKind<S, I, M, P>,
	input: I,
	locale: Locale,
	column: ChartColumn = 'page',
): M {
	let cache = models.get(data);
	if (!cache) models.set(data, (cache = new Map()));
	const key = `${kind.slug}|${locale}|${column}|${inputKey(input)}`;
	if (cache.has(key)) {
		const model = cache.get(key) as M;
		cache.delete(key);
		return model;
	}
	const model = kind.model(data, input, locale, column);
	cache.set(key, model);
	return model;
}

/** What a page draws (or links) for its subject: each available kind with its model and embed URL. */
export function pageCharts<S extends ChartScope>(
	data: Dataset,
	scope: S,
	subject: ChartSubjects[S],
	locale: Locale,
) {
	return chartsOf(scope)
		.filter((kind) => kind.available(data, subject))
		.map((kind) => ({
			tag: kind.tag,
			onPage: kind.onPage,
			linkText: kind.linkText?.(t(locale)),
			embed: embedUrl(kind, subject, locale),
			model:
				kind.onPage === 'drawn' ? chartModel(data, kind, kind.input(subject, 'page'), locale) : undefined,
		}));
}

/** The subject of a unit-in-edition page, if the unit has a result in the edition. */
export function unitEditionSubject(
	data: Dataset,
	unitId: string,
	year: number,
): ChartSubjects['unit-edition'] | undefined {
	const hit = unitResult(data, unitId, year);
	const unit = data.units.get(unitId);
	const view = data.edition(year);
	return hit && unit && view ? { view, unit, table: hit.table, row: hit.row } : undefined;
}

/** Every embed page: kind, subject and route, in the order of the site (ranking, unit-edition, profile). */
export function embedPages(data: Dataset) {
	const out: { kind: AnyKind; subject: ChartSubjects[ChartScope]; route: string }[] = [];
	const add = <S extends ChartScope>(scope: S, subject: ChartSubjects[S]) => {
		for (const kind of chartsOf(scope))
			if (kind.available(data, subject))
				out.push({ kind: kind as unknown as AnyKind, subject, route: embedRoute(kind, subject) });
	};
	for (const view of data.editions) {
		for (const table of view.tables) if (table.rows.length) add('ranking', { view, table });
		for (const level of ['provinces', 'ministries'] as const)
			for (const u of data.unitsInEdition(view.year, level)) {
				const subject = unitEditionSubject(data, u.id, view.year);
				if (subject) add('unit-edition', subject);
			}
	}
	for (const unit of [...data.provinces, ...data.ministries]) add('profile', { unit });
	const seen = new Set<string>();
	return out.filter((o) => !seen.has(o.route) && seen.add(o.route));
}
