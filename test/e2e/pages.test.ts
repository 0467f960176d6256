/**
 * The key pages of the real build, served at /dti/ and opened in headless Chromium at a phone
 * width (360 px) and a desktop width (1280 px): they load with no console errors, no failed
 * requests and no request leaving the site; axe-core finds no serious or critical violation;
 * and at 360 px nothing makes the page scroll sideways (wide tables scroll in their own region).
 */
import { describe, expect, inject, it } from 'vitest';
import {
	discoverTargets,
	horizontalOverflow,
	browserSuite,
	MAP_SELECTOR,
	pathOf,
	seriousAxeViolations,
	visit,
} from './harness.ts';

const targets = discoverTargets(inject('siteDir'));
const suite = browserSuite();

describe.each([360, 1280])('at %i px', (width) => {
	const context = suite.context({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });

	it.each(targets)('$kind loads cleanly and passes axe-core (serious/critical)', async (target) => {
		const { page, status, problems } = await visit(await context(), suite.server().url + pathOf(target));
		try {
			expect(status, 'HTTP status of the page').toBe(200);
			await page.waitForLoadState('networkidle');
			expect(problems, 'console errors and failed or foreign requests').toEqual([]);
			const violations = await seriousAxeViolations(page);
			expect(violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.join(' | ')}`)).toEqual([]);
			if (target.kind === 'map') {
				// The map is an inline SVG with an accessible name that fits the viewport.
				const svg = page.locator(`${MAP_SELECTOR} svg`).first();
				expect(await svg.count(), `an <svg> inside ${MAP_SELECTOR}`).toBe(1);
				const box = await svg.boundingBox({ timeout: 5000 });
				expect(box?.width, 'rendered width of the map').toBeGreaterThan(100);
				expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1);
				const name = await svg.evaluate((el) =>
					[
						el.getAttribute('aria-label') ?? '',
						...(el.getAttribute('aria-labelledby') ?? '')
							.split(/\s+/)
							.map((id) => document.getElementById(id)?.textContent ?? ''),
					]
						.join(' ')
						.trim(),
				);
				expect(name, 'accessible name of the map').not.toBe('');
			}
			if (width === 360) {
				const o = await horizontalOverflow(page);
				expect(o.culprits, `page scrolls sideways (scrollWidth ${o.scrollWidth} > ${o.clientWidth})`).toEqual(
					[],
				);
				expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
			}
		} finally {
			await page.close();
		}
	});
});
