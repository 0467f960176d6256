/**
 * What narrative MDX may not carry (raw `<script>`, `<iframe>`, `<style>`, `on*` attributes) and
 * the walk that finds it in a parsed tree. No parser here: the Markdown plugin of the build
 * (src/lib/remark/satteri.ts, loaded with the config) walks the tree it is given, and
 * src/lib/narrative/safety.ts parses texts for the check before the build.
 */

const FORBIDDEN: Record<string, string> = {
	script:
		'raw <script> is not allowed in narrative text; the site adds its own scripts. For numbers use <Value>, <Rank>, <National>, <Average>, <Size>, <Mean>; for charts <RankBars> or <UnitHistory>',
	iframe:
		'raw <iframe> is not allowed in narrative text; link to the page instead, or use a chart component (<RankBars>, <UnitHistory>); readers can embed our charts from /nhung/',
	style:
		'raw <style> is not allowed in narrative text; the site stylesheet styles every component (<Value>, <Rank>, <RankBars>, …)',
};

export interface Node {
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
