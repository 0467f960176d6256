/**
 * remark plugin: links the first mention of each unit (province, ministry) in a narrative text
 * to its profile page. Names come from the registry (name, full name, aliases, former names);
 * matching ignores case, diacritics, tone-mark placement, hyphens and "TP."/"Thành phố"/"Tỉnh"
 * prefixes, but only where the name starts with a capital letter, so prose is not taken for names. Text in
 * headings, links, code and MDX components is never touched. Where a name belongs to several
 * units (the old and the merged Đà Nẵng), the unit listed in the frontmatter wins, else the
 * one in existence at the text's reference date (end of its last edition, else its date).
 * The plugin also fails the build when the frontmatter names a unit the registry lacks.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { paths } from '../url.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n.ts';
import { stripDiacritics } from '../slug.ts';
import { assertKnownUnits } from '../narrative/schema.ts';
import type { Level } from '../data/schema.ts';
import { validOn } from '../data/validity.ts';

export interface LinkableUnit {
	id: string;
	level: Level;
	name: string;
	name_full?: string;
	/** English name (prose in English names units this way: "Da Nang", "Ministry of Finance"). */
	name_en?: string;
	aliases?: string[];
	former_names?: { name: string }[];
	valid_from: string | null;
	valid_to: string | null;
}

export interface LinkUnitsOptions {
	units: LinkableUnit[];
	/** Site base ("/dti/"); links are built with the same `paths()` as the rest of the site. */
	base?: string;
	/**
	 * Page of a unit in the text's locale (frontmatter `lang`, default Vietnamese); default
	 * its profile, `paths(locale, base).profile(level, id)`: "/dti/tinh/da-nang/", "/dti/en/tinh/da-nang/".
	 */
	urlFor?: (unit: LinkableUnit, base: string, locale: Locale) => string;
	/**
	 * Units that have a page. Names of other units are still recognised (so a shorter name
	 * inside them is not mis-linked) but left as plain text. Default: every unit.
	 */
	hasPage?: (id: string) => boolean;
}

interface Frontmatter {
	lang?: unknown;
	units?: unknown;
	editions?: unknown;
	date?: unknown;
}

interface FileLike {
	path?: string;
	history?: string[];
	data: { astro?: { frontmatter?: Frontmatter }; frontmatter?: Frontmatter };
}

const SKIP = new Set([
	'heading',
	'link',
	'linkReference',
	'inlineCode',
	'code',
	'html',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxjsEsm',
	'yaml',
	'definition',
	'footnoteDefinition',
	'imageReference',
	'image',
]);

const PREFIX = /^(?:tp\.?|thanh pho|tinh)\s+/;

/** Each character folded once per process (a text has a few hundred distinct ones): '' for a lone mark, ' ' for a non-word one. */
const folds = new Map<string, string>();
function foldChar(ch: string): string {
	let out = folds.get(ch);
	if (out === undefined) {
		const base = stripDiacritics(ch.normalize('NFC')).toLowerCase();
		out = base === '' ? '' : /[\p{L}\p{N}]/u.test(base) ? base : ' ';
		folds.set(ch, out);
	}
	return out;
}

/**
 * Folds one string for comparison and keeps, for every folded character, the index of the
 * original character it came from: lower case, no diacritics (đ → d), runs of spaces, hyphens
 * and punctuation reduced to one space.
 */
export function foldWithMap(input: string): { folded: string; map: number[] } {
	let folded = '';
	const map: number[] = [];
	let i = 0;
	for (const ch of input) {
		const out = foldChar(ch);
		if (out === '') {
			// A lone combining mark (decomposed input): it belongs to the previous letter.
			i += ch.length;
			continue;
		}
		if (out === ' ' && folded.endsWith(' ')) {
			i += ch.length;
			continue;
		}
		for (const c of out) {
			folded += c;
			map.push(i);
		}
		i += ch.length;
	}
	return { folded, map };
}

/** Comparison key of a name: folded, without a "TP."/"Thành phố"/"Tỉnh" prefix. */
export function nameVariants(name: string): string[] {
	const full = foldWithMap(name).folded.trim();
	const stripped = full.replace(PREFIX, '');
	return [...new Set([full, stripped])].filter((v) => v.length >= 3);
}

/** Date at which names in a text are read: 31 December of its last edition, else its date. */
export function referenceDate(fm: Frontmatter | undefined): string | undefined {
	const editions = Array.isArray(fm?.editions)
		? fm.editions.filter((e): e is number => typeof e === 'number')
		: [];
	if (editions.length) return `${Math.max(...editions)}-12-31`;
	if (typeof fm?.date === 'string') return fm.date;
	if (fm?.date instanceof Date) return fm.date.toISOString().slice(0, 10);
	return undefined;
}

/** Picks the unit a name means in a text. */
export function resolveName(
	candidates: LinkableUnit[],
	listed: ReadonlySet<string>,
	date?: string,
): LinkableUnit {
	if (candidates.length === 1) return candidates[0];
	const inFrontmatter = candidates.filter((u) => listed.has(u.id));
	if (inFrontmatter.length === 1) return inFrontmatter[0];
	const pool = inFrontmatter.length ? inFrontmatter : candidates;
	if (date) {
		const valid = pool.filter((u) => validOn(u, date));
		if (valid.length) return valid[0];
	}
	// No date: the unit that exists now (valid_to null), else the last to have existed.
	return [...pool].sort((a, b) => (b.valid_to ?? '9999').localeCompare(a.valid_to ?? '9999'))[0];
}

interface Matcher {
	/** Folded name → units bearing it. */
	names: Map<string, LinkableUnit[]>;
	/** Folded names, longest first. */
	ordered: string[];
}

export function buildMatcher(units: LinkableUnit[]): Matcher {
	const names = new Map<string, LinkableUnit[]>();
	for (const u of units) {
		const all = [
			u.name,
			u.name_full,
			u.name_en,
			...(u.aliases ?? []),
			...(u.former_names ?? []).map((f) => f.name),
		];
		for (const n of all) {
			if (!n) continue;
			for (const v of nameVariants(n)) {
				const list = names.get(v) ?? [];
				if (!list.includes(u)) list.push(u);
				names.set(v, list);
			}
		}
	}
	return { names, ordered: [...names.keys()].sort((a, b) => b.length - a.length) };
}

export interface Mention {
	start: number;
	end: number;
	key: string;
}

/** Unit names in a text, leftmost-longest, not overlapping, capitalised in the original. */
export function findMentions(text: string, matcher: Matcher): Mention[] {
	const { folded, map } = foldWithMap(text);
	const taken: Mention[] = [];
	const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
	for (const key of matcher.ordered) {
		let from = 0;
		for (;;) {
			const at = folded.indexOf(key, from);
			if (at < 0) break;
			from = at + 1;
			const endF = at + key.length;
			if (isWordChar(folded[at - 1]) || isWordChar(folded[endF])) continue;
			const start = map[at];
			const lastChar = map[endF - 1];
			const end = lastChar + (text.codePointAt(lastChar)! > 0xffff ? 2 : 1);
			// Extend over combining marks that followed the last base character (NFD input).
			let stop = end;
			while (stop < text.length && /\p{M}/u.test(text[stop])) stop++;
			const original = text.slice(start, stop);
			// Names start with a capital ("Bộ Tài chính", "Long An"); "long an" in prose is not a name.
			if (!/^\p{Lu}/u.test(original)) continue;
			if (taken.some((m) => start < m.end && m.start < stop)) continue;
			taken.push({ start, end: stop, key });
		}
	}
	return taken.sort((a, b) => a.start - b.start);
}

function defaultUrl(unit: LinkableUnit, base: string, locale: Locale): string {
	return paths(locale, base).profile(unit.level, unit.id);
}

/** A text node and what replaces it (text and links). */
export interface TextReplacement {
	parent: Parent;
	node: Text;
	replacement: PhrasingContent[];
}

/**
 * The linking itself, for either Markdown pipeline: given a tree, its frontmatter and the file's
 * name, the text nodes to replace and their replacements, in reading order (the tree is not
 * changed). Throws when the frontmatter names a unit the registry lacks.
 */
export function unitLinker(options: LinkUnitsOptions) {
	const byId = new Map(options.units.map((u) => [u.id, u]));
	const matcher = buildMatcher(options.units);
	const base = options.base ?? '/';
	const urlFor = options.urlFor ?? defaultUrl;
	const hasPage = options.hasPage ?? (() => true);

	return function link(tree: Root, fm: Frontmatter | undefined, where: string): TextReplacement[] {
		const listed = Array.isArray(fm?.units) ? fm.units.filter((u): u is string => typeof u === 'string') : [];
		assertKnownUnits(where, listed, byId);
		const listedSet = new Set(listed);
		const date = referenceDate(fm);
		const locale = isLocale(fm?.lang) ? fm.lang : DEFAULT_LOCALE;
		const linked = new Set<string>();
		const found: TextReplacement[] = [];

		const walk = (node: Parent): void => {
			for (const child of node.children) {
				if (SKIP.has(child.type)) continue;
				if (child.type === 'text') {
					const replacement = linkText(child as Text);
					if (replacement) found.push({ parent: node, node: child as Text, replacement });
					continue;
				}
				if ('children' in child) walk(child as Parent);
			}
		};

		const linkText = (node: Text): PhrasingContent[] | undefined => {
			const mentions = findMentions(node.value, matcher);
			const out: PhrasingContent[] = [];
			let cursor = 0;
			for (const m of mentions) {
				const unit = resolveName(matcher.names.get(m.key)!, listedSet, date);
				if (linked.has(unit.id) || !hasPage(unit.id)) continue;
				linked.add(unit.id);
				if (m.start > cursor) out.push({ type: 'text', value: node.value.slice(cursor, m.start) });
				const link: Link = {
					type: 'link',
					url: urlFor(unit, base, locale),
					children: [{ type: 'text', value: node.value.slice(m.start, m.end) }],
					data: { hProperties: { className: ['unit-link'], dataUnit: unit.id } },
				};
				out.push(link);
				cursor = m.end;
			}
			if (!out.length) return undefined;
			if (cursor < node.value.length) out.push({ type: 'text', value: node.value.slice(cursor) });
			return out;
		};

		walk(tree);
		return found;
	};
}

/** The remark (unified) plugin, changing the tree in place. Use as `[remarkLinkUnits, { units, base }]`. */
export default function remarkLinkUnits(options: LinkUnitsOptions) {
	const link = unitLinker(options);
	return function transform(tree: Root, file: FileLike): void {
		const fm = file.data.astro?.frontmatter ?? file.data.frontmatter;
		const where = file.path ?? file.history?.[0] ?? 'narrative file';
		for (const { parent, node, replacement } of link(tree, fm, where))
			parent.children.splice(parent.children.indexOf(node), 1, ...(replacement as typeof parent.children));
	};
}
