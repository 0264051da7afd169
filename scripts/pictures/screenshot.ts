/** A still picture of one screen in a terminal window. */
import type {Palette} from './palettes.js';
import type {Screen} from './screen.js';
import {screenElements, screenSize, textAttributes} from './svg-screen.js';
import {windowDocument} from './svg-window.js';

export function screenshotSvg(screen: Screen, palette: Palette, title: string): string {
	const {width, height} = screenSize(screen);
	const content = `<g ${textAttributes(palette)}>${screenElements(screen, palette)}</g>`;
	return windowDocument({title, palette, width, height, content});
}
