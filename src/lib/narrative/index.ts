/**
 * Cross-links between narrative texts and the data: which units and editions each text is
 * about. A text mentions a unit when its frontmatter lists it, a data tag quotes it
 * (`unit="da-nang"`) or its prose names it (the same matching as the remark plugin).
 * Pure: callers pass entries and the registry.
 */
import {
	buildMatcher,
	findMentions,
	referenceDate,
	resolveName,
	type LinkableUnit,
} from '../remark/link-units.ts';
import { readingMinutes, type NarrativeData } from './schema.ts';

export interface NarrativeItem {
	id: string;
	kind: 'article' | 'overview';
	data: NarrativeData;
	/** Every unit the text mentions, frontmatter units first. */
	units: string[];
	minutes: number;
}

/** The matcher of a registry's names, built once per list of units (every text of a build shares it). */
const matchers = new WeakMap<LinkableUnit[], ReturnType<typeof buildMatcher>>();
function matcherOf(units: LinkableUnit[]): ReturnType<typeof buildMatcher> {
	let m = matchers.get(units);
	if (!m) matchers.set(units, (m = buildMatcher(units)));
	return m;
}

/**
 * What a text's body says about units, before the frontmatter is applied: the ids its data tags
 * quote (`unit="da-nang"`) and the registry names its prose uses, in order. `mentionedUnits`
 * resolves them; the page cache key (src/lib/page-cache.ts) is made from them, so that rewording
 * a text that names no other unit changes no other page.
 */
export function bodyMentions(body: string, units: LinkableUnit[]): { tags: string[]; names: string[] } {
	const matcher = matcherOf(units);
	const known = new Set(units.map((u) => u.id));
	const tags = [...body.matchAll(/\bunit=["']([a-z0-9-]+)["']/g)]
		.map((m) => m[1])
		.filter((id) => known.has(id));
	// Prose only: drop import/export lines, tags and headings, as the remark plugin skips them.
	const prose = body
		.split('\n')
		.filter((l) => !/^\s*(import|export)\s/.test(l) && !/^\s*#/.test(l))
		.join('\n')
		.replace(/<[^>]*>/g, ' ')
		.replace(/`[^`]*`/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, ' ');
	return { tags, names: findMentions(prose, matcher).map((m) => m.key) };
}

/** Units a text mentions (frontmatter, data tags, names in prose), without duplicates. */
export function mentionedUnits(
	body: string,
	data: Pick<NarrativeData, 'units' | 'editions' | 'date'>,
	units: LinkableUnit[],
): string[] {
	const matcher = matcherOf(units);
	const listed = new Set(data.units);
	const date = referenceDate(data);
	const { tags, names } = bodyMentions(body, units);
	const found = [...data.units, ...tags];
	for (const key of names) found.push(resolveName(matcher.names.get(key)!, listed, date).id);
	return [...new Set(found)];
}

export function toItem(
	entry: { id: string; body?: string; data: NarrativeData },
	kind: NarrativeItem['kind'],
	units: LinkableUnit[],
): NarrativeItem {
	const body = entry.body ?? '';
	return {
		id: entry.id,
		kind,
		data: entry.data,
		units: mentionedUnits(body, entry.data, units),
		minutes: readingMinutes(body),
	};
}

/** Newest first, then by title. */
export function sortItems(items: NarrativeItem[]): NarrativeItem[] {
	return [...items].sort(
		(a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title, 'vi'),
	);
}

/** Items about an edition (frontmatter `editions`). */
export function forEdition(items: NarrativeItem[], year: number): NarrativeItem[] {
	return sortItems(items.filter((i) => i.data.editions.includes(year)));
}

/** Items that mention a unit. */
export function forUnit(items: NarrativeItem[], unitId: string): NarrativeItem[] {
	return sortItems(items.filter((i) => i.units.includes(unitId)));
}
