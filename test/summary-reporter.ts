/**
 * Prints the closing line CI reads, `N passed, N failed` (skipped tests counted apart), after
 * vitest's own summary.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
		let passed = 0;
		let failed = 0;
		let skipped = 0;
		for (const m of testModules) {
			for (const test of m.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') passed++;
				else if (state === 'failed') failed++;
				else skipped++;
			}
			// A file that failed to load counts as a failure.
			if (m.state() === 'failed' && m.children.size === 0) failed++;
		}
		failed += unhandledErrors.length;
		process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
	}
}
