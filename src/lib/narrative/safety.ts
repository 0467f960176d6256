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

const FORBIDDEN: Record<string, string> = {
	script:
		'raw <script> is not allowed in narrative text; the site adds its own scripts. For numbers use <Value>, <Rank>, <National>, <Average>, <Size>, <Mean>; for charts <RankBars> or <UnitHistory>',
	iframe:
		'raw <iframe> is not allowed in narrative text; link to the page instead, or use a chart component (<RankBars>, <UnitHistory>); readers can embed our charts from /nhung/',
	style:
		'raw <style> is not allowed in narrative text; the site stylesheet styles every component (<Value>, <Rank>, <RankBars>, …)',
};

interface Node {
	type: string;
	name?: string | null;
	attributes?: { type: string; name?: string }[];
	value?: string;
	children?: Node[];
	position?: { start: { line: number; column: number } };
}

/** Problems of one MDX tree, each "line:column: message" (0:0 when the tree has no positions). */
export function forbiddenIn(tree: Node): { line: number; column: number; message: string }[] {
	const found: { line: number; column: number; message: string }[] = [];
	const visit = (n: Node) => {
		const at = n.position?.start ?? { line: 0, column: 0 };
		if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name) {
			const name = n.name.toLowerCase();
			if (name in FORBIDDEN) found.push({ ...at, message: FORBIDDEN[name] });
			for (const a of n.attributes ?? []) {
				if (a.type === 'mdxJsxAttribute' && a.name && /^on[a-z]/i.test(a.name))
					found.push({
						...at,
						message: `the ${a.name} attribute on <${n.name}> is not allowed (no event handlers in narrative text); the components (<Value>, <Rank>, <RankBars>, …) need none`,
					});
			}
		}
		if (n.type === 'html' && /<\s*(script|iframe|style)\b/i.test(n.value ?? '')) {
			const name = /<\s*(script|iframe|style)\b/i.exec(n.value ?? '')![1].toLowerCase();
			found.push({ ...at, message: FORBIDDEN[name] });
		}
		for (const c of n.children ?? []) visit(c);
	};
	visit(tree);
	return found;
}

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
