import {stripVTControlCharacters} from 'node:util';

/**
Where the reader is, as the rule under the tabs says it: "Experience › Harbor Robotics", or '' at the top of a
section (the tab says it there), whatever "↑ N more" the rule also holds.
*/
export function crumbsOf(lines: readonly string[]): string {
	const parts = stripVTControlCharacters(lines[2] ?? '')
		.trim()
		.split(/\s*(?:─{2,}|-{2,})\s*/v)
		.filter(Boolean);
	return parts.find(part => !part.startsWith('↑') && !part.startsWith('up ')) ?? '';
}

/** Whether a row is a rule across the frame, maybe with text set into it. */
export function isRule(line: string | undefined): boolean {
	return /^\s*(?:──|--)/v.test(stripVTControlCharacters(line ?? ''));
}

/** The first text in bold on a line (how mono makes the current tab stand out), without its styles. */
export function boldIn(line: string): string | undefined {
	// eslint-disable-next-line no-control-regex -- SGR codes are what it looks for
	const bold = /\u001B\[1m(.*?)\u001B\[22m/v.exec(line);
	return bold ? stripVTControlCharacters(bold[1]!) : undefined;
}
