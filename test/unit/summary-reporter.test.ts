import { describe, expect, it } from 'vitest';
import type { TestModule } from 'vitest/node';
import { summarise } from '../summary-reporter.ts';

/** A stand-in for vitest's TestModule with the fields the summary reads. */
const mod = (state: string, tests: string[]) =>
	({
		state: () => state,
		children: { allTests: () => tests.map((s) => ({ result: () => ({ state: s }) })) },
	}) as unknown as TestModule;

describe('summarise()', () => {
	it('counts passed, failed and skipped tests', () => {
		expect(
			summarise([mod('passed', ['passed', 'passed', 'skipped']), mod('failed', ['passed', 'failed'])], 0),
		).toEqual({ passed: 3, failed: 1, skipped: 1 });
	});
	it('counts tests of a file whose hook failed as failed, not skipped', () => {
		expect(summarise([mod('failed', ['skipped', 'skipped'])], 0)).toEqual({
			passed: 0,
			failed: 2,
			skipped: 0,
		});
	});
	it('counts a failed file without tests and errors outside tests', () => {
		expect(summarise([mod('failed', [])], 2)).toEqual({ passed: 0, failed: 3, skipped: 0 });
	});
});
