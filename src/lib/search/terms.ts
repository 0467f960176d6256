/**
 * What the search index knows about a unit beyond its page text: every name a reader may type.
 * Pagefind folds most Vietnamese diacritics itself (NFD, marks removed), but not đ/Đ, which are
 * letters of their own: "da nang" would not find "Đà Nẵng". So each form is also given without
 * any diacritic, and abbreviations written with dots or hyphens ("TP.HCM", "BR-VT") are given
 * run together as well ("TPHCM", "BRVT").
 */
import { stripDiacritics } from '../slug.ts';

export interface SearchableUnit {
	name: string;
	name_full: string;
	name_en: string;
	aliases: string[];
	former_names: { name: string }[];
	search_terms?: string[];
}

/** A form and its variants without diacritics and without inner punctuation, deduplicated. */
export function searchVariants(form: string): string[] {
	const plain = stripDiacritics(form);
	const joined = (s: string) => s.replace(/(\p{L})[.&-](?=\p{L})/gu, '$1');
	return [...new Set([form, plain, joined(form), joined(plain)])];
}

/**
 * Every form of a unit's name for the index: short, full and English names, each printed alias,
 * former names and the registry's informal search terms, with their variants. Case-insensitive
 * duplicates are dropped (Pagefind lower-cases anyway).
 */
export function unitSearchTerms(u: SearchableUnit): string[] {
	const forms = [
		u.name,
		u.name_full,
		u.name_en,
		...u.aliases,
		...u.former_names.map((f) => f.name),
		...(u.search_terms ?? []),
	];
	const seen = new Set<string>();
	const out: string[] = [];
	for (const v of forms.flatMap(searchVariants)) {
		const key = v.toLocaleLowerCase('vi');
		if (!seen.has(key)) {
			seen.add(key);
			out.push(v);
		}
	}
	return out;
}

/** The text without đ/Đ (the one fold Pagefind does not make), or undefined when nothing changes. */
export function foldedForSearch(text: string): string | undefined {
	const folded = stripDiacritics(text);
	return folded === text || !/[đĐ]/.test(text) ? undefined : folded;
}
