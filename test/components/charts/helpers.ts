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

/** Normalises SVG markup for golden files: no data-astro-* attributes, 3 decimals, one tag per line. */
export function normalizeSvg(svg: string): string {
	let depth = 0;
	return svg
		.replace(/\s+data-astro-[a-z-]+(="[^"]*")?/g, '')
		.replace(/(\d+\.\d{3})\d+/g, '$1')
		.replace(/<([a-z]+)([^<>]*)><\/\1>/g, '<$1$2/>')
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

/** Compares `svg` with test/snapshots/<name>.svg; writes it when missing (never in CI). */
export function matchGolden(name: string, svg: string): { ok: boolean; message: string } {
	const file = resolve(ROOT, 'test/snapshots', `${name}.svg`);
	const changed = resolve(ROOT, 'test/snapshots', `${name}-changed.svg`);
	const ci = process.env.CI === 'true' || process.env.CI === '1';
	if (!existsSync(file)) {
		if (ci)
			return { ok: false, message: `golden file ${name}.svg is missing (CI never writes golden files)` };
		writeFileSync(file, svg);
		return { ok: true, message: `wrote ${name}.svg` };
	}
	if (readFileSync(file, 'utf8') === svg) return { ok: true, message: 'same' };
	if (process.env.UPDATE_GOLDEN && !ci) {
		writeFileSync(file, svg);
		return { ok: true, message: `updated ${name}.svg` };
	}
	if (!ci) writeFileSync(changed, svg);
	return {
		ok: false,
		message: `${name}.svg differs${ci ? '' : `; see ${name}-changed.svg (UPDATE_GOLDEN=1 to accept)`}`,
	};
}
