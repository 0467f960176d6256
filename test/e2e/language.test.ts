/**
 * The language switch in Chromium (issue 12): on the build at /dti/ and on a second build at the
 * site root, following the switch (mouse and keyboard) lands on the same page in the other
 * language, whose <html lang> says so, and switching back returns to the page it came from.
 * English pages pass axe-core (serious/critical) like the Vietnamese ones.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { cleanEnv } from '../global-setup.ts';
import { serveSite, type StaticServer } from '../../scripts/serve.ts';
import { browserSuite, seriousAxeViolations, visit } from './harness.ts';

const suite = browserSuite();
const context = suite.context({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

/** Pages to switch from (routes inside a locale), Vietnamese first. */
const ROUTES = ['', '2022/tinh/', 'tinh/da-nang/', 'bai-viet/sau-bai-hoc-tu-dti-2020/', 'phuong-phap/'];

/** A build of the site at the root, made on first use (a failed build fails the tests using it). */
const ROOT_DIR = resolve(import.meta.dirname, `../../.build-tmp/test-site-root-${process.pid}`);
let rootServer: Promise<StaticServer> | undefined;
function rootSite(): Promise<StaticServer> {
	rootServer ??= (async () => {
		const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', ROOT_DIR], {
			cwd: resolve(import.meta.dirname, '../..'),
			env: { ...cleanEnv(), BASE_PATH: '/', SITE_URL: 'https://dti.example.org' },
			encoding: 'utf8',
		});
		if (r.status !== 0) throw new Error(`root build failed:\n${r.stdout}\n${r.stderr}`);
		return serveSite(ROOT_DIR, '/');
	})();
	return rootServer;
}
afterAll(async () => {
	await (await rootServer?.catch(() => undefined))?.close();
	rmSync(ROOT_DIR, { recursive: true, force: true });
});

async function switchAndBack(siteUrl: string, route: string, useKeyboard: boolean): Promise<void> {
	const { page, status, problems } = await visit(await context(), siteUrl + route);
	try {
		expect(status).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe('vi');
		const sw = page.locator('a.lang-switch');
		expect(await sw.getAttribute('hreflang')).toBe('en');
		await page.waitForLoadState('networkidle');
		if (useKeyboard) {
			await sw.focus();
			await Promise.all([page.waitForURL(`${siteUrl}en/${route}`), page.keyboard.press('Enter')]);
		} else await Promise.all([page.waitForURL(`${siteUrl}en/${route}`), sw.click()]);
		expect(new URL(page.url()).pathname).toBe(new URL(`${siteUrl}en/${route}`).pathname);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		const back = page.locator('a.lang-switch');
		expect(await back.getAttribute('lang')).toBe('vi');
		// Leave only once the page is done (its favicon request, which 'load' does not wait for,
		// would otherwise be aborted by the click and recorded as a failed request).
		await page.waitForLoadState('networkidle');
		await Promise.all([page.waitForURL(siteUrl + route), back.click()]);
		expect(new URL(page.url()).pathname).toBe(new URL(siteUrl + route).pathname);
		expect(await page.getAttribute('html', 'lang')).toBe('vi');
		expect(problems).toEqual([]);
	} finally {
		await page.close();
	}
}

describe('the language switch lands on the twin page', () => {
	it.each(ROUTES)('at /dti/: "%s" and its English twin', async (route) => {
		expect(inject('siteBase')).toBe('/dti/');
		await switchAndBack(suite.server().url, route, route === '2022/tinh/');
	});

	it.each(ROUTES.slice(0, 2))(
		'at the site root (a second build at /): "%s" and its English twin',
		async (route) => {
			const root = await rootSite();
			expect(new URL(root.url).pathname).toBe('/');
			await switchAndBack(root.url, route, false);
		},
		// The first of these tests builds the site at the root (~1 min on 2 cores, more under load).
		300_000,
	);

	it('on the English 404 page the switch leads to the Vietnamese 404 page', async () => {
		const { page } = await visit(await context(), `${suite.server().url}en/404.html`);
		try {
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			expect(await page.locator('a.lang-switch').getAttribute('href')).toBe(`${inject('siteBase')}404.html`);
		} finally {
			await page.close();
		}
	});
});

describe('English pages pass axe-core', () => {
	it.each([
		'en/',
		'en/2022/',
		'en/2022/tinh/',
		'en/tinh/da-nang/',
		'en/bai-viet/bac-giang-hanh-trinh-chuyen-doi-so/',
	])('%s', async (route) => {
		const { page, status, problems } = await visit(await context(), suite.server().url + route);
		try {
			expect(status).toBe(200);
			await page.waitForLoadState('networkidle');
			expect(problems).toEqual([]);
			const v = await seriousAxeViolations(page);
			expect(v.map((x) => `${x.impact} ${x.id}: ${x.help} — ${x.nodes.join(' | ')}`)).toEqual([]);
		} finally {
			await page.close();
		}
	});
});
