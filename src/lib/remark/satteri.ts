/**
 * The narrative's Markdown plugins for Astro's own Markdown/MDX processor, Sätteri
 * (`satteri({ mdastPlugins })` from @astrojs/markdown-satteri, astro.config.mjs): unit links,
 * the raw-HTML ban and numbered citations. Each wraps the same tree logic as its remark plugin
 * (link-units.ts, narrative/safety.ts, citations.ts); Sätteri hands a read-only mdast tree and
 * takes the changes through its context. Plugins run in the order given.
 */
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { citationNumberer, type CitationsOptions } from './citations.ts';
import { unitLinker, type LinkUnitsOptions } from './link-units.ts';
import { forbiddenIn } from '../narrative/forbidden.ts';

/** What these plugins use of Sätteri's visitor context (MdastVisitorContext). */
export interface MdastContext {
	readonly fileURL: URL | undefined;
	readonly source: string;
	readonly data: { astro?: { frontmatter?: Record<string, unknown> } };
	replaceNode(node: unknown, content: unknown): void;
}

/** A Sätteri mdast plugin that works on the whole tree before the visitors run. */
export interface MdastPlugin {
	name: string;
	before(root: Root, ctx: MdastContext): void;
}

const fileOf = (ctx: MdastContext) => (ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'narrative file');

/** Links the first mention of each unit to its page (see link-units.ts). */
export function satteriLinkUnits(options: LinkUnitsOptions): MdastPlugin {
	const link = unitLinker(options);
	return {
		name: 'dti-link-units',
		before(root, ctx) {
			for (const { node, replacement } of link(root, ctx.data.astro?.frontmatter, fileOf(ctx)))
				ctx.replaceNode(node, replacement);
		},
	};
}

/**
 * Fails the file on raw <script>, <iframe>, <style> or on* attributes (see narrative/safety.ts).
 * Positions are not tracked (parsing is faster without them): a file with a problem is read
 * again by `checkMdx` for its line and column.
 */
export function satteriNoRawHtml(): MdastPlugin {
	return {
		name: 'dti-no-raw-html',
		async before(root, ctx) {
			const [first] = forbiddenIn(root as never);
			if (!first) return;
			const where = fileOf(ctx);
			// The parser that finds the line is loaded only for a file with a problem (loading it
			// with the config took 60–80 ms of every build's start).
			const { checkMdx } = await import('../narrative/safety.ts');
			throw new Error(checkMdx(ctx.source, where)[0] ?? `${where}: ${first.message}`);
		},
	};
}

/** Numbers `<Cite>` and hands the list to the page as `remarkPluginFrontmatter.citations` (see citations.ts). */
export function satteriCitations(options: CitationsOptions): MdastPlugin {
	const number = citationNumberer(options);
	return {
		name: 'dti-citations',
		before(root, ctx) {
			const fm = ctx.data.astro?.frontmatter;
			if (!fm) return;
			const { edits, list } = number(root, fm, fileOf(ctx));
			for (const { node, attributes } of edits)
				ctx.replaceNode(node, { type: node.type, name: node.name, attributes, children: [] });
			fm.citations = list;
		},
	};
}

/** What the table plugin uses of Sätteri's hast visitor context. */
interface HastContext {
	removeNode(node: unknown): void;
}

/**
 * Table markup without whitespace between rows and cells (`<table><thead><tr><th>…`), as the
 * site had it under the remark/rehype processor: Sätteri keeps the source's line breaks there
 * as text, which changes every narrative table's bytes and renders the same.
 */
export function satteriCompactTables() {
	return {
		name: 'dti-compact-tables',
		element: {
			filter: ['table', 'thead', 'tbody', 'tfoot', 'tr'],
			visit(node: { children: { type: string; value?: string }[] }, ctx: HastContext) {
				for (const c of node.children)
					if (c.type === 'text' && /^\s*$/.test(c.value ?? '')) ctx.removeNode(c);
			},
		},
	};
}
