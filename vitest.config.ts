/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Test layers (see README): `unit` (pure functions, components, golden SVGs) and `build`
 * (checks over a real build of the site at the sub-path /dti/, made once per run by
 * test/global-setup.ts), and `e2e` (headless Chromium on that build; `npm run test:e2e`).
 * `npm run test:unit` skips the build.
 */
export default getViteConfig(
	{
		test: {
			environment: 'node',
			globalSetup: ['test/global-setup.ts'],
			reporters: ['default', './test/summary-reporter.ts'],
			projects: [
				{
					extends: true,
					test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/components/**/*.test.ts'] },
				},
				{
					extends: true,
					test: { name: 'build', include: ['test/build/**/*.test.ts'], testTimeout: 60_000 },
				},
				{
					// Browser tests: Debian's Chromium via playwright-core on the same build (test/e2e/).
					extends: true,
					test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
				},
			],
		},
	},
	{ devToolbar: { enabled: false } },
);
