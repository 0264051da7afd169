import {buildResume} from '../resume/build-model.js';
import type {PartialDate} from '../resume/model.js';
import type {JsonResume} from '../resume/json-resume.js';
import {toAscii, toAsciiData} from '../text/ascii.js';
import {createTheme} from '../theme/theme.js';
import {bannerOutput} from './banner.js';
import {jsonOutput} from './json.js';
import {markdownChunks} from './markdown.js';
import {textChunks} from './text.js';

export type PrintedFormat = 'text' | 'markdown' | 'json' | 'banner';

export type PrintOptions = {
	readonly format: PrintedFormat;
	readonly width: number;
	readonly color: boolean;
	readonly ascii: boolean;
	readonly today: PartialDate;
	/** What the banner tells a reader to run for the full résumé. */
	readonly command: string;
};

/**
Everything but the app: the résumé printed in the format asked for, by the command line and by an SSH
session alike.
*/
export function printResume(json: JsonResume, options: PrintOptions): string {
	return [...printedChunks(json, options)].join('');
}

/**
The same text in pieces, each ending at the end of a line, made as they are asked for: a writer that writes
each as it comes holds no more than one of them (and the model) at a time.
*/
export function* printedChunks(json: JsonResume, options: PrintOptions): Generator<string> {
	// In ASCII the résumé's own text is made ASCII before layout, so that widths are measured right, and the
	// output is made ASCII after it, for what the layout adds (separators, dashes, glyphs): a piece at a time,
	// which changes nothing, as no character is made of characters on two lines.
	const data = options.ascii ? toAsciiData(json) : json;
	for (const chunk of formatChunks(data, options)) {
		yield options.ascii ? toAscii(chunk) : chunk;
	}
}

function formatChunks(json: JsonResume, {format, width, color, ascii, today, command}: PrintOptions): Iterable<string> {
	if (format === 'json') {
		return [jsonOutput(json)];
	}

	const resume = buildResume(json);
	if (format === 'markdown') {
		return markdownChunks(resume, {width, today});
	}

	const theme = createTheme({mode: color ? 'color' : 'plain', ascii});
	const context = {theme, width, today};
	return format === 'banner' ? [bannerOutput(resume, {...context, command})] : textChunks(resume, context);
}
