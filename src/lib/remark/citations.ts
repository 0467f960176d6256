/**
 * remark plugin: numbered inline citations. `<Cite source="KEY" />` in a narrative text names
 * a source by key: the `id` of one of the text's frontmatter `sources`, else a key of
 * data/sources.json. Sources are numbered in the order they are first cited; frontmatter
 * sources never cited follow. The plugin gives every `<Cite>` its number, the id of its list
 * entry and an accessible name, and hands the numbered list to the page as
 * `remarkPluginFrontmatter.citations` (rendered as an <ol> by NarrativeBody). An unknown key
 * fails the build with the file and the key.
 */
import type { Root } from 'mdast';
import { VIETNAMESE_LETTER } from '../data-text.ts';

/** Every node of a tree, depth first. */
function eachNode(node: unknown, fn: (n: unknown) => void): void {
	fn(node);
	const children = (node as { children?: unknown[] }).children;
	if (Array.isArray(children)) for (const c of children) eachNode(c, fn);
}

/** A source as the reader sees it in the list. */
export interface Citation {
	n: number;
	id?: string;
	title?: string;
	publisher?: string;
	date?: string;
	url?: string;
}

/** A citable source of data/sources.json (reader-facing fields optional). */
export interface CitableSource {
	id: string;
	url: string;
	title?: string;
	publisher?: string;
	date?: string;
}

interface FrontmatterSource {
	id?: unknown;
	title?: unknown;
	url?: unknown;
	publisher?: unknown;
	date?: unknown;
}

interface FileLike {
	path?: string;
	history?: string[];
	data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export interface JsxAttribute {
	type: 'mdxJsxAttribute';
	name: string;
	value?: unknown;
}
export interface JsxNode {
	type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
	name: string | null;
	attributes: JsxAttribute[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** Anchor of citation n in the list of a text (`file` is its path or id). */
export function citationAnchor(file: string, n: number): string {
	const slug = (file.split('/').pop() ?? file).replace(/\.mdx?$/, '');
	return `nguon-${slug}-${n}`;
}

/** The accessible name of a citation link: "Nguồn 3: VnEconomy, “Title”". */
export function citationLabel(c: Citation, lang: string): string {
	const word = lang === 'en' ? 'Source' : 'Nguồn';
	// An accessible name has one language: in other languages, Vietnamese publishers and titles
	// are left to the list entry the link points to (where they are marked lang="vi").
	const own = (x: string | undefined) => (lang === 'vi' || !x || !VIETNAMESE_LETTER.test(x) ? x : undefined);
	const who = [own(c.publisher), c.title && own(c.title) ? `“${c.title}”` : undefined]
		.filter(Boolean)
		.join(', ');
	return `${word} ${c.n}${who ? `: ${who}` : c.url ? `: ${c.url}` : ''}`;
}

/**
 * Numbers the citations of a text. `keys` are the cited keys in reading order; returns the
 * list and the number of each key. Throws on a key neither list knows.
 */
export function numberCitations(
	where: string,
	keys: string[],
	frontmatterSources: FrontmatterSource[],
	known: ReadonlyMap<string, CitableSource>,
): { list: Citation[]; numberOf: Map<string, number> } {
	const local = new Map<string, FrontmatterSource>();
	for (const s of frontmatterSources) if (str(s.id)) local.set(s.id as string, s);
	const list: Citation[] = [];
	const numberOf = new Map<string, number>();
	const add = (c: Omit<Citation, 'n'>) => {
		const n = list.length + 1;
		list.push({ n, ...c });
		return n;
	};
	const fromFrontmatter = (s: FrontmatterSource): Omit<Citation, 'n'> => ({
		id: str(s.id),
		title: str(s.title),
		publisher: str(s.publisher),
		date: str(s.date),
		url: str(s.url),
	});
	for (const key of keys) {
		if (numberOf.has(key)) continue;
		const fm = local.get(key);
		const ds = known.get(key);
		if (!fm && !ds)
			throw new Error(
				`${where}: <Cite source="${key}">: no source "${key}" among the frontmatter sources (their "id") or in data/sources.json`,
			);
		numberOf.set(
			key,
			add(
				fm
					? fromFrontmatter(fm)
					: { id: ds!.id, title: ds!.title, publisher: ds!.publisher, date: ds!.date, url: ds!.url },
			),
		);
	}
	for (const s of frontmatterSources) {
		const id = str(s.id);
		if (id && numberOf.has(id)) continue;
		add(fromFrontmatter(s));
	}
	return { list, numberOf };
}

export interface CitationsOptions {
	/** Sources of data/sources.json, by key. */
	sources: Iterable<CitableSource>;
}

/** A `<Cite>` and the attributes it gets (its own, then n, href and label). */
export interface CiteEdit {
	node: JsxNode;
	attributes: JsxAttribute[];
}

/**
 * The numbering itself, for either Markdown pipeline: given a tree, its frontmatter and the
 * file's name, the new attributes of every `<Cite>` and the numbered list (the tree is not
 * changed). Throws on a `<Cite>` without a key or with an unknown one.
 */
export function citationNumberer(options: CitationsOptions) {
	const known = new Map([...options.sources].map((s) => [s.id, s]));
	return function number(
		tree: Root,
		fm: Record<string, unknown>,
		where: string,
	): { edits: CiteEdit[]; list: Citation[] } {
		const lang = str(fm.lang) ?? 'vi';
		const cites: { node: JsxNode; key: string }[] = [];
		eachNode(tree, (node) => {
			const n = node as unknown as JsxNode;
			if ((n.type !== 'mdxJsxTextElement' && n.type !== 'mdxJsxFlowElement') || n.name !== 'Cite') return;
			const key = n.attributes.find((a) => a.name === 'source')?.value;
			if (typeof key !== 'string' || !key)
				throw new Error(
					`${where}: <Cite> needs source="KEY" (a frontmatter source id or a data/sources.json key)`,
				);
			cites.push({ node: n, key });
		});
		const sources = Array.isArray(fm.sources) ? (fm.sources as FrontmatterSource[]) : [];
		const { list, numberOf } = numberCitations(
			where,
			cites.map((c) => c.key),
			sources,
			known,
		);
		const edits = cites.map(({ node, key }) => {
			const n = numberOf.get(key)!;
			const c = list[n - 1];
			const attributes: JsxAttribute[] = [
				...node.attributes.filter((a) => !['n', 'href', 'label'].includes(a.name)),
				{ type: 'mdxJsxAttribute', name: 'n', value: String(n) },
				{ type: 'mdxJsxAttribute', name: 'href', value: `#${citationAnchor(where, n)}` },
				{ type: 'mdxJsxAttribute', name: 'label', value: citationLabel(c, lang) },
			];
			return { node, attributes };
		});
		return { edits, list };
	};
}

/** The remark (unified) plugin, changing the tree and the frontmatter in place. */
export default function remarkCitations(options: CitationsOptions) {
	const number = citationNumberer(options);
	return function transform(tree: Root, file: FileLike): void {
		const fm = file.data.astro?.frontmatter;
		if (!fm) return;
		const where = file.path ?? file.history?.[0] ?? 'narrative file';
		const { edits, list } = number(tree, fm, where);
		for (const { node, attributes } of edits) node.attributes = attributes;
		fm.citations = list;
	};
}
