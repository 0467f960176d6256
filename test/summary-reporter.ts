/**
 * Prints the closing line CI reads, `N passed, N failed` (skipped tests counted apart), after
 * vitest's own summary. A test that did not pass in a file that failed (a hook or the import
 * threw) counts as failed, not skipped; so does a failed file with no tests, and any error
 * outside a test.
 */
import type { Reporter, TestModule } from 'vitest/node';

/** Counts for one run, from vitest's test modules. */
export function summarise(
	testModules: ReadonlyArray<TestModule>,
	unhandledErrors: number,
): { passed: number; failed: number; skipped: number } {
	let passed = 0;
	let failed = 0;
	let skipped = 0;
	for (const m of testModules) {
		const moduleFailed = m.state() === 'failed';
		let tests = 0;
		for (const test of m.children.allTests()) {
			tests++;
			const state = test.result().state;
			if (state === 'passed') passed++;
			else if (state === 'failed' || moduleFailed) failed++;
			else skipped++;
		}
		if (moduleFailed && tests === 0) failed++;
	}
	return { passed, failed: failed + unhandledErrors, skipped };
}

export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
		const { passed, failed, skipped } = summarise(testModules, unhandledErrors.length);
		process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
	}
}
