/**
 * The figure component of every chart kind, by its tag (`figures/<Tag>.astro` draws the model
 * of `lib/charts/kinds/`): a new kind's figure is found by its file name.
 */
const modules = import.meta.glob<{ default: unknown }>('./figures/*.astro', { eager: true });

/** Figure components by chart tag ("RankBars" → figures/RankBars.astro). */
export const figures: Record<string, unknown> = Object.fromEntries(
	Object.entries(modules).map(([path, mod]) => [path.replace(/^.*\/(\w+)\.astro$/, '$1'), mod.default]),
);
