/**
 * Narrative MDX may not carry raw `<script>`, `<iframe>`, `<style>` or `on*` event attributes:
 * they would run or restyle arbitrary code on every reader's page, and each has a component
 * that does the job safely. The same check runs as a Markdown plugin inside the build
 * (src/lib/remark/satteri.ts, so nothing slips through) and before it (`checkNarrative`, one
 * plain line per problem).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { forbiddenIn, type Node } from './forbidden.ts';

/** Remark plugin: fails the file with the first forbidden element, naming its line. */
export function remarkNoRawHtml() {
	return (tree: Node, file: { path?: string; fail: (reason: string, place?: unknown) => never }) => {
		const [first] = forbiddenIn(tree);
		if (first) file.fail(`${first.message}`, { line: first.line, column: first.column });
	};
}

/** Problems of one MDX source, each "file:line:column: message"; a syntax error is one too. */
export function checkMdx(text: string, file: string): string[] {
	try {
		const tree = remark().use(remarkMdx).parse(text) as unknown as Node;
		return forbiddenIn(tree).map((f) => `${file}:${f.line}:${f.column}: ${f.message}`);
	} catch (e) {
		const err = e as { line?: number; column?: number; reason?: string; message: string };
		const at = err.line ? `:${err.line}:${err.column ?? 1}` : '';
		return [`${file}${at}: the MDX cannot be read: ${(err.reason ?? err.message).split('\n')[0]}`];
	}
}

/** Checks every .mdx file under `root`/content. */
export function checkNarrative(root: string): string[] {
	const dir = join(root, 'content');
	const files: string[] = [];
	const list = (d: string) => {
		let entries;
		try {
			entries = readdirSync(d, { withFileTypes: true });
		} catch {
			return;
		}
		for (const e of entries) {
			if (e.isDirectory()) list(join(d, e.name));
			else if (e.name.endsWith('.mdx')) files.push(join(d, e.name));
		}
	};
	list(dir);
	return files.sort().flatMap((f) => checkMdx(readFileSync(f, 'utf8'), relative(root, f)));
}
