/*
The palettes of common terminals, light and dark: their default text and background and their 16 ANSI colours,
as each ships them. In 16 colours what a code looks like is the terminal's choice, so the theme's legibility is
computed against each of these; in 256 colours and truecolor only the background is theirs.
*/
import type {Background} from './background.js';

export type TerminalPalette = {
	readonly name: string;
	readonly background: Background;
	readonly text: string;
	readonly canvas: string;
	/** ANSI colours 0–15: black, red, green, yellow, blue, magenta, cyan, white, then their bright forms. */
	readonly ansi: readonly string[];
};

const xterm = [
	'#000000',
	'#cd0000',
	'#00cd00',
	'#cdcd00',
	'#0000ee',
	'#cd00cd',
	'#00cdcd',
	'#e5e5e5',
	'#7f7f7f',
	'#ff0000',
	'#00ff00',
	'#ffff00',
	'#5c5cff',
	'#ff00ff',
	'#00ffff',
	'#ffffff',
];
const tango = [
	'#2e3436',
	'#cc0000',
	'#4e9a06',
	'#c4a000',
	'#3465a4',
	'#75507b',
	'#06989a',
	'#d3d7cf',
	'#555753',
	'#ef2929',
	'#8ae234',
	'#fce94f',
	'#729fcf',
	'#ad7fa8',
	'#34e2e2',
	'#eeeeec',
];
const solarized = [
	'#073642',
	'#dc322f',
	'#859900',
	'#b58900',
	'#268bd2',
	'#d33682',
	'#2aa198',
	'#eee8d5',
	'#002b36',
	'#cb4b16',
	'#586e75',
	'#657b83',
	'#839496',
	'#6c71c4',
	'#93a1a1',
	'#fdf6e3',
];
const vscodeDark = [
	'#000000',
	'#cd3131',
	'#0dbc79',
	'#e5e510',
	'#2472c8',
	'#bc3fbc',
	'#11a8cd',
	'#e5e5e5',
	'#666666',
	'#f14c4c',
	'#23d18b',
	'#f5f543',
	'#3b8eea',
	'#d670d6',
	'#29b8db',
	'#e5e5e5',
];
const vscodeLight = [
	'#000000',
	'#cd3131',
	'#00bc00',
	'#949800',
	'#0451a5',
	'#bc05bc',
	'#0598bc',
	'#555555',
	'#666666',
	'#cd3131',
	'#14ce14',
	'#b5ba00',
	'#0451a5',
	'#bc05bc',
	'#0598bc',
	'#a5a5a5',
];
const macBasic = [
	'#000000',
	'#990000',
	'#00a600',
	'#999900',
	'#0000b2',
	'#b200b2',
	'#00a6b2',
	'#bfbfbf',
	'#666666',
	'#e50000',
	'#00d900',
	'#e5e500',
	'#0000ff',
	'#e500e5',
	'#00e5e5',
	'#e5e5e5',
];

export const palettes: readonly TerminalPalette[] = [
	{name: 'xterm', background: 'light', text: '#000000', canvas: '#ffffff', ansi: xterm},
	{name: 'Tango light (GNOME)', background: 'light', text: '#2e3436', canvas: '#eeeeec', ansi: tango},
	{name: 'Solarized light', background: 'light', text: '#657b83', canvas: '#fdf6e3', ansi: solarized},
	{name: 'VS Code Light+', background: 'light', text: '#333333', canvas: '#ffffff', ansi: vscodeLight},
	{name: 'macOS Terminal Basic', background: 'light', text: '#000000', canvas: '#ffffff', ansi: macBasic},
	{name: 'xterm reverse', background: 'dark', text: '#ffffff', canvas: '#000000', ansi: xterm},
	{name: 'Tango dark (GNOME)', background: 'dark', text: '#d3d7cf', canvas: '#2e3436', ansi: tango},
	{name: 'Solarized dark', background: 'dark', text: '#839496', canvas: '#002b36', ansi: solarized},
	{name: 'VS Code Dark+', background: 'dark', text: '#cccccc', canvas: '#1e1e1e', ansi: vscodeDark},
	{name: 'macOS Terminal Pro', background: 'dark', text: '#f2f2f2', canvas: '#000000', ansi: macBasic},
];
