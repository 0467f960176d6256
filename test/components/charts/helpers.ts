/**
 * Shared helpers for chart tests: Container API rendering, SVG normalisation, and golden-file
 * comparison (CI compares only; locally a mismatch writes `<name>-changed.svg` next to the
 * golden file).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

const ROOT = resolve(import.meta.dirname, '../../..');

let container: AstroContainer | undefined;

/** Renders an Astro component to an HTML string with the given props. */
export async function render(component: unknown, props: Record<string, unknown>): Promise<string> {
	container ??= await AstroContainer.create();
	return container.renderToString(component as never, { props });
}

/** Every inline `<svg>…</svg>` of an HTML string. */
export function svgs(html: string): string[] {
	return html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
}

/** Long path data on several lines, each starting at a command, so map goldens stay reviewable. */
function wrapPath(d: string): string {
	const lines: string[] = [];
	let line = '';
	for (const part of d.split(/(?=[MLHVCSQTAZmlhvcsqtaz])/)) {
		if (line && line.length + part.length > 96) {
			lines.push(line);
			line = '';
		}
		line += part;
	}
	return [...lines, line].join('\n');
}

/** Normalises SVG markup for golden files: no data-astro-* attributes, 3 decimals, one tag per line. */
export function normalizeSvg(svg: string): string {
	let depth = 0;
	return svg
		.replace(/\s+data-astro-[a-z-]+(="[^"]*")?/g, '')
		.replace(/(\d+\.\d{3})\d+/g, '$1')
		.replace(/<([a-z]+)([^<>]*)><\/\1>/g, '<$1$2/>')
		.replace(/ d="([^"]{100,})"/g, (_, d: string) => ` d="${wrapPath(d)}"`)
		.replace(/>\s*</g, '>\n<')
		.split('\n')
		.map((line) => {
			if (/^<\//.test(line)) depth = Math.max(0, depth - 1);
			const out = '  '.repeat(depth) + line;
			if (/^<[^/!?][^>]*[^/]>$/.test(line) && !/<\/[a-z]+>$/.test(line)) depth++;
			return out;
		})
		.join('\n')
		.concat('\n');
}

/**
 * Compares `svg` with test/snapshots/<name>.svg. A missing golden file fails everywhere (it is
 * never written silently); `UPDATE_GOLDEN=1` creates or updates it outside CI. Locally a
 * mismatch leaves <name>-changed.svg next to it for review.
 */
export function matchGolden(name: string, svg: string): { ok: boolean; message: string } {
	const file = resolve(ROOT, 'test/snapshots', `${name}.svg`);
	const changed = resolve(ROOT, 'test/snapshots', `${name}-changed.svg`);
	const ci = process.env.CI === 'true' || process.env.CI === '1';
	const update = !!process.env.UPDATE_GOLDEN && !ci;
	const how = `create it with: UPDATE_GOLDEN=1 npx vitest run --project unit test/components/charts/golden.test.ts`;
	if (!existsSync(file)) {
		if (!update) return { ok: false, message: `golden file test/snapshots/${name}.svg is missing; ${how}` };
		writeFileSync(file, svg);
		return { ok: true, message: `wrote ${name}.svg` };
	}
	if (readFileSync(file, 'utf8') === svg) return { ok: true, message: 'same' };
	if (update) {
		writeFileSync(file, svg);
		return { ok: true, message: `updated ${name}.svg` };
	}
	if (!ci) writeFileSync(changed, svg);
	return {
		ok: false,
		message: `${name}.svg differs${ci ? '' : `; see ${name}-changed.svg (UPDATE_GOLDEN=1 to accept)`}`,
	};
}
