/**
 * Chart markup drawn once per build: a model drawn on its page and again on its embed page is
 * the same object (handed out twice by `chartModel()` in registry.ts), and the figures draw from
 * the model alone, so the markup drawn from one of its parts (a layout, its views for the data
 * table) is the same both times. `ChartFigure.astro` keeps it here by that part; an entry goes
 * when its model does.
 */
const drawn = new WeakMap<object, string>();

/** The markup drawn from `part` (drawn now the first time); without a part, drawn every time. */
export async function drawOnce(part: object | undefined, draw: () => Promise<string>): Promise<string> {
	if (!part) return draw();
	let html = drawn.get(part);
	if (html === undefined) drawn.set(part, (html = await draw()));
	return html;
}
