/**
 * Citing sources on reader pages: resolving the keys and addresses a page cites to the records of
 * data/sources.json, and the order lists show them in (official first). Pure functions, so the
 * components, the narrative `<Cite>` and the tests share them.
 */
import type { Source, SourceKind } from './data/schema.ts';

/** Order of kinds in every list: the publisher's own tables first, copies last. */
export const SOURCE_KIND_ORDER: readonly SourceKind[] = ['official', 'government', 'press', 'secondary'];

/** Sources in list order: by kind (official first), keeping the given order within a kind. */
export function orderSources<T extends Pick<Source, 'kind'>>(list: readonly T[]): T[] {
	return list
		.map((s, i) => ({ s, i }))
		.sort((a, b) => SOURCE_KIND_ORDER.indexOf(a.s.kind) - SOURCE_KIND_ORDER.indexOf(b.s.kind) || a.i - b.i)
		.map(({ s }) => s);
}

/**
 * The records a page cites: each key, then each address, once (an address that is also a cited
 * key's address is not repeated). Addresses with no record are returned apart so a page can still
 * link them; unknown keys are dropped (the data checks reject them before a build).
 */
export function resolveSources(
	keys: readonly string[],
	urls: readonly string[],
	sources: ReadonlyMap<string, Source>,
): { known: Source[]; unknown: string[] } {
	const byUrl = new Map<string, Source>();
	for (const s of sources.values()) if (!byUrl.has(s.url)) byUrl.set(s.url, s);
	const known: Source[] = [];
	const seenUrls = new Set<string>();
	const unknown: string[] = [];
	const add = (s: Source | undefined) => {
		if (!s || seenUrls.has(s.url)) return;
		seenUrls.add(s.url);
		known.push(s);
	};
	for (const k of keys) add(sources.get(k));
	for (const u of urls) {
		const s = byUrl.get(u);
		if (s) add(s);
		else if (!seenUrls.has(u)) {
			seenUrls.add(u);
			unknown.push(u);
		}
	}
	return { known, unknown };
}
