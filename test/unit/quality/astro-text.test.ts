/**
 * No UI text in `.astro` templates: every word a reader sees comes from a locale table
 * (`src/lib/locales/`), so a locale is a table, not a hunt through templates. The rule, for
 * every src/**\/*.astro:
 *   1. template text (text between tags, also inside `{…}` expressions) holds no letter at all,
 *      only digits, punctuation and symbols ("—", ":", "·", "(…)"); words come from `{s.key}`;
 *   2. a literal (quoted) value of a text attribute — aria-label, aria-description, title, alt,
 *      placeholder, label, summary, description, caption — holds no letter;
 *   3. no literal value of any attribute, and no string in the frontmatter or in an expression,
 *      holds a letter with a Vietnamese diacritic (à, ạ, ơ, đ…). Comments are not checked.
 * Attribute values such as class="lede", lang="en", rel="prev" are code, not text, and pass.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseForESLint } from 'astro-eslint-parser';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;

const TEXT_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-placeholder',
	'aria-valuetext',
	'title',
	'alt',
	'placeholder',
	'label',
	'summary',
	'description',
	'caption',
]);

const LETTER = /\p{L}/u;

/** A letter Vietnamese writes with a diacritic: đ/Đ, or any Latin letter that decomposes with a mark. */
export function hasVietnameseLetter(text: string): boolean {
	if (/[đĐ]/.test(text)) return true;
	return /\p{Script=Latin}\p{M}/u.test(text.normalize('NFD'));
}

interface Node {
	type: string;
	value?: unknown;
	raw?: string;
	name?: { name?: unknown };
	loc?: { start: { line: number } };
	[key: string]: unknown;
}

/** Every break of the rule in one `.astro` source, as "line: what". */
export function inlineText(source: string): string[] {
	const { ast, visitorKeys } = parseForESLint(source, {
		filePath: 'check.astro',
		ecmaVersion: 'latest',
		sourceType: 'module',
		parser: '@typescript-eslint/parser',
	});
	const found: string[] = [];
	const report = (node: Node, what: string, text: string) =>
		found.push(`${node.loc?.start.line ?? '?'}: ${what} ${JSON.stringify(text.trim().slice(0, 60))}`);
	const walk = (node: Node | null | undefined, parentAttribute?: string): void => {
		if (!node || typeof node.type !== 'string') return;
		if (node.type === 'JSXText' && typeof node.value === 'string' && LETTER.test(node.value))
			report(node, 'text', node.value);
		if (node.type === 'JSXAttribute') {
			const name = String(node.name?.name ?? '');
			const value = node.value as Node | null;
			if (value?.type === 'Literal' && typeof value.value === 'string') {
				if (TEXT_ATTRIBUTES.has(name) && LETTER.test(value.value)) report(node, `${name}=`, value.value);
				else if (hasVietnameseLetter(value.value)) report(node, `${name}=`, value.value);
				return;
			}
			parentAttribute = name;
		}
		if (node.type === 'Literal' && typeof node.value === 'string' && hasVietnameseLetter(node.value))
			report(node, parentAttribute ? `string in ${parentAttribute}=` : 'string', node.value);
		if (node.type === 'TemplateElement') {
			const cooked = (node.value as { cooked?: string } | undefined)?.cooked ?? '';
			if (hasVietnameseLetter(cooked))
				report(node, parentAttribute ? `string in ${parentAttribute}=` : 'string', cooked);
		}
		for (const key of visitorKeys[node.type] ?? []) {
			const child = node[key];
			if (Array.isArray(child)) for (const c of child) walk(c as Node, parentAttribute);
			else walk(child as Node, parentAttribute);
		}
	};
	walk(ast as unknown as Node);
	return found;
}

function astroFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
	);
}

describe('the inline-text rule', () => {
	it('flags words written between tags, in either language', () => {
		expect(inlineText('<p>Ghi chú</p>')).toHaveLength(1);
		expect(inlineText('<th>English</th>')).toHaveLength(1);
		expect(inlineText('{ok && (<p>Điểm: {x}</p>)}')).toHaveLength(1);
	});
	it('lets punctuation, digits and symbols through, and words from expressions', () => {
		expect(inlineText('<p>{s.total}: {value} — 1/63 (·) ←</p>')).toEqual([]);
	});
	it('flags a literal text attribute but not code attributes', () => {
		expect(inlineText('<nav aria-label="Main navigation"></nav>')).toHaveLength(1);
		expect(inlineText('<img alt="Bản đồ" src="x.png" />')).toHaveLength(1);
		expect(inlineText('<p class="lede" lang="en"><a rel="prev" href="/">{s.x}</a></p>')).toEqual([]);
	});
	it('flags Vietnamese in any attribute, in frontmatter strings and in template literals', () => {
		expect(inlineText('<Layout note="Nguồn" />')).toHaveLength(1);
		expect(inlineText("---\nconst d = 'Hồ sơ';\n---\n<p>{d}</p>")).toHaveLength(1);
		expect(inlineText('<Layout description={`Điểm ${x}`} />')).toEqual(['1: string in description= "Điểm"']);
	});
	it('ignores comments', () => {
		expect(inlineText('---\n/** Hồ sơ qua các năm */\n// Đà Nẵng\n---\n{/* Ghi chú */}<p>{s.x}</p>')).toEqual(
			[],
		);
	});
});

describe('src/**/*.astro', () => {
	const files = astroFiles(join(ROOT, 'src'));
	it('are found', () => {
		expect(files.length).toBeGreaterThan(20);
	});
	it.each(files.map((f) => relative(ROOT, f)))('%s writes no UI text inline', (file) => {
		expect(inlineText(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
	});
});
