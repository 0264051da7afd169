/*
A terminal window around a screen: a rounded frame, a title bar with the three buttons and a title, and the
screen's area with a margin, as a whole SVG document.
*/
import {fontStack, number} from './metrics.js';
import type {Palette} from './palettes.js';
import {escapeXml} from './svg-escape.js';

const bar = 30;
const margin = 12;
const radius = 8;

export type Window = {
	readonly title: string;
	readonly palette: Palette;
	/** The screen's area. */
	readonly width: number;
	readonly height: number;
	/** CSS for the document (the animation's keyframes), or none. */
	readonly style?: string;
	/** The screen's elements, drawn with the screen's top-left corner at the origin. */
	readonly content: string;
};

/** Where the screen's top-left corner sits in the window. */
export const screenOrigin = {x: margin, y: bar + margin} as const;

export function windowDocument({title, palette, width, height, style, content}: Window): string {
	const outerWidth = width + 2 * margin;
	const outerHeight = height + bar + 2 * margin;
	const {chrome} = palette;
	const buttons = ['#ff5f57', '#febc2e', '#28c840']
		.map((color, index) => `<circle cx="${20 + index * 20}" cy="${bar / 2}" r="6" fill="${color}"/>`)
		.join('');
	const barPath = `M0 ${radius}A${radius} ${radius} 0 0 1 ${radius} 0H${outerWidth - radius}A${radius} ${radius} 0 0 1 ${outerWidth} ${radius}V${bar}H0Z`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${number(outerWidth)}" height="${number(outerHeight)}" viewBox="0 0 ${number(outerWidth)} ${number(outerHeight)}" role="img" aria-label="${escapeXml(title)}">`,
		`<title>${escapeXml(title)}</title>`,
		style ? `<style>${style}</style>` : '',
		`<rect x="0.5" y="0.5" width="${number(outerWidth - 1)}" height="${number(outerHeight - 1)}" rx="${radius}" fill="${palette.background}" stroke="${chrome.border}"/>`,
		`<path d="${barPath}" fill="${chrome.bar}"/>`,
		buttons,
		`<text x="${number(outerWidth / 2)}" y="${bar / 2 + 4}" text-anchor="middle" font-family="${fontStack}" font-size="12" fill="${chrome.title}">${escapeXml(title)}</text>`,
		`<g transform="translate(${screenOrigin.x} ${screenOrigin.y})">${content}</g>`,
		'</svg>\n',
	].join('');
}
