/**
 * Every chart is laid out twice at build time: a narrow layout for phones and a wide one for the
 * column it sits in on a desktop. Both SVGs are in the HTML; a container query on the chart
 * (`ChartFigure.astro`) shows one. Text is sized per layout so that, over the range of widths a
 * layout is shown at, it never renders below 12 CSS px:
 *
 * - narrow: laid out at 340 units, shown below the wide threshold, scaled 0.85–1.4×
 *   (328 px on a 360 px phone); its smallest text is 13 units, ≥ 12 px at 328 px.
 * - wide: laid out at the column's desktop width, shown from 85 % of it, never scaled up; its
 *   smallest text is 14.5 units, ≥ 12.3 px at the threshold.
 *
 * A kind's adapter calls `layoutViews(column, (width, type) => layoutX(…, { width, type }))` and
 * hands the views to the figure; the figure draws each view with the same code
 * (`<ChartFigure views={…}>{(c) => …}</ChartFigure>`). The data table is drawn once.
 */

/** The two layouts of a chart. */
export type ChartWidth = 'narrow' | 'wide';
/**
 * A layout drawn once and scaled (the map: its geometry is too heavy to draw twice). Its text
 * takes its size from the SVG root, which `ChartFigure.astro` sets per container width
 * (`FLUID_TYPE`) so that it renders at 12–16 px from a phone to the largest size.
 */
export type ChartVariant = ChartWidth | 'fluid';

/** Where a chart sits: the page's main column, or an article's text column (MDX tags). */
export type ChartColumn = 'page' | 'prose';

/** Text sizes of a layout, in SVG units: `text` for labels and values, `small` for ticks and notes. */
export interface ChartType {
	text: number;
	small: number;
	/** Height of a text line (rows, gaps between labels). */
	line: number;
}

/** Layout widths in SVG units (= CSS px when shown unscaled) per column. */
export const WIDTHS: Record<ChartColumn, Record<ChartWidth, number>> = {
	// The main column is 72rem − 2rem padding = 1120 px from a 1184 px viewport up.
	page: { narrow: 340, wide: 1120 },
	// Articles: the prose measure (70ch of body text), about 757 px.
	prose: { narrow: 340, wide: 750 },
};

/** Text sizes per layout (see above for why these keep ≥ 12 px). */
export const TYPE: Record<ChartWidth, ChartType> = {
	narrow: { text: 13.5, small: 13, line: 17 },
	wide: { text: 15, small: 14.5, line: 19 },
};

/** The wide layout is shown from this share of its width (text ≥ 14.5 × 0.85 ≈ 12.3 px). */
export const WIDE_FROM = 0.85;
/** The narrow layout grows up to this factor of its width (then stays, left-aligned). */
export const NARROW_MAX = 1.4;

/** One layout of a chart: which one, and the laid-out chart (with its width and height). */
export interface ChartView<L extends { width: number; height: number }> {
	variant: ChartVariant;
	c: L;
}

/** A chart's two layouts for a column: narrow first, then wide. */
export function layoutViews<L extends { width: number; height: number }>(
	column: ChartColumn,
	layout: (width: number, type: ChartType, variant: ChartWidth) => L,
): ChartView<L>[] {
	return (['narrow', 'wide'] as const).map((variant) => ({
		variant,
		c: layout(WIDTHS[column][variant], TYPE[variant], variant),
	}));
}

/** A fluid layout: laid out at the narrow width, drawn once, shown up to `FLUID_MAX` px wide. */
export const FLUID_WIDTH = 340;
export const FLUID_MAX = 600;
/**
 * Root font size (SVG units) of a fluid layout by container width: [from px, size]. At 328 px
 * 13 units render 12.5 px; from 374 px (scale 1.1) 11 units; from 476 px (scale 1.4) 9 units,
 * 12.6 px, up to 15.9 px at 600 px.
 */
export const FLUID_TYPE: [number, number][] = [
	[0, 13],
	[374, 11],
	[476, 9],
];

/** The single view of a fluid chart. */
export function fluidView<L extends { width: number; height: number }>(
	layout: (width: number) => L,
): ChartView<L>[] {
	return [{ variant: 'fluid', c: layout(FLUID_WIDTH) }];
}

/** Rendered size (CSS px) of text of `size` units in a layout of `width` shown `shownAt` px wide. */
export function renderedSize(size: number, width: number, shownAt: number): number {
	return (size * shownAt) / width;
}
