/**
 * The tags narrative MDX may use without importing anything, passed as `components` when an
 * entry is rendered. Chart tags come from the charts module when it provides them.
 */
import Value from './Value.astro';
import Rank from './Rank.astro';
import National from './National.astro';
import Average from './Average.astro';
import Size from './Size.astro';
import Mean from './Mean.astro';
import Framework from './Framework.astro';
import Cite from './Cite.astro';
import Count from './Count.astro';

// Tag entry points only (the frame and the page wrapper are not tags).
const charts = import.meta.glob<{ default: unknown }>(
	['../charts/*.astro', '!../charts/ChartFigure.astro', '!../charts/PageCharts.astro'],
	{ eager: true },
);
/** Every chart kind's tag entry point, named as its tag in the registry (components/charts/<Tag>.astro). */
const chartComponents = Object.fromEntries(
	Object.entries(charts).map(([path, mod]) => [path.replace(/^.*\/(\w+)\.astro$/, '$1'), mod.default]),
);

export const narrativeComponents: Record<string, unknown> = {
	Value,
	Rank,
	National,
	Average,
	Size,
	Mean,
	Framework,
	Cite,
	Count,
	...chartComponents,
};
