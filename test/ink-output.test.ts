import test from 'ava';
import fc from 'fast-check';
import InkOutput from '../node_modules/ink/build/output.js';
import Output from '../source/app/ink-output.js';
import {drawnPlainly, styledLine} from './helpers/styled-lines.js';

const columns = 24;
const rows = 6;

type Write = {readonly x: number; readonly y: number; readonly text: string; readonly red?: boolean};

/** A plain Text's transform (it has no styles), and a coloured one's, as chalk writes it. */
const identity = (text: string) => text;
const red = (text: string) => `\u001B[31m${text}\u001B[39m`;

/** What Ink's own Output and ours make of the same writes (and clips), in the same order. */
function both(writes: readonly Write[], clip?: {x1: number; x2: number; y1: number; y2: number}) {
	const outputs = [new InkOutput({width: columns, height: rows}), new Output({width: columns, height: rows})];
	return outputs.map(output => {
		if (clip) {
			output.clip(clip);
		}

		for (const {x, y, text, red: coloured} of writes) {
			output.write(x, y, text, {transformers: [coloured ? red : identity]});
		}

		if (clip) {
			output.unclip();
		}

		return output.get();
	});
}

const line = styledLine(columns);

/** A frame of plain one-line Texts, one a row from the top, as the app draws them. */
function plainTexts(lines: readonly string[]) {
	return both(lines.map((text, y) => ({x: 0, y, text})));
}

test('a frame of plain one-line Texts from the left edge shows its lines as they are written', async t => {
	await fc.assert(
		fc.asyncProperty(fc.array(line, {maxLength: rows + 2}), async lines => {
			const [ink, ours] = plainTexts(lines);
			t.is(ours!.height, ink!.height);
			t.deepEqual(
				await drawnPlainly(ours!.output.split('\n'), columns, rows),
				await drawnPlainly(lines.slice(0, rows), columns, rows),
			);
		}),
		{numRuns: 150},
	);
});

/**
Ink's cells read some codes otherwise than a terminal: ESC[m (a reset) as nothing, and hyperlinks as links of a
few cells, or of none. Every other style they read as a terminal does.
*/
const inkReadsLikeTerminals = (text: string) => !text.includes('\u001B[m') && !text.includes('\u001B]');

test('such a frame shows the cells Ink composes for it, wherever Ink reads its codes as a terminal does', async t => {
	await fc.assert(
		fc.asyncProperty(
			fc.array(
				line.filter(text => inkReadsLikeTerminals(text)),
				{maxLength: rows + 2},
			),
			async lines => {
				const [ink, ours] = plainTexts(lines);
				t.deepEqual(
					await drawnPlainly(ours!.output.split('\n'), columns, rows),
					await drawnPlainly(ink!.output.split('\n'), columns, rows),
				);
			},
		),
		{numRuns: 150},
	);
});

test('any other frame is Ink’s, exactly: boxes away from the edge, overlaps, clips', t => {
	const cases: Array<{writes: Write[]; clip?: {x1: number; x2: number; y1: number; y2: number}}> = [
		// A chooser's box, one column in.
		{
			writes: [
				{x: 0, y: 0, text: 'top'},
				{x: 1, y: 1, text: '\u001B[1mchoice\u001B[22m'},
			],
		},
		// A border drawn over a line.
		{
			writes: [
				{x: 0, y: 2, text: 'underneath it all'},
				{x: 0, y: 2, text: '╭──╮'},
			],
		},
		// A Text of several lines, whose styles Ink carries from line to line.
		{writes: [{x: 0, y: 0, text: '\u001B[1mone\ntwo\u001B[22m'}]},
		// A line from a row above reaching into the next.
		{
			writes: [
				{x: 0, y: 0, text: 'one\ntwo'},
				{x: 0, y: 1, text: 'three'},
			],
		},
		{writes: [{x: 0, y: 0, text: 'clipped to a few columns'}], clip: {x1: 2, x2: 8, y1: 0, y2: 3}},
		// A coloured Text, whose colour Ink puts on the line as it has composed it.
		{writes: [{x: 0, y: 0, text: '\u001B[0mreset first', red: true}]},
	];
	for (const {writes, clip} of cases) {
		const [ink, ours] = both(writes, clip);
		t.deepEqual(ours, ink, `writes: ${JSON.stringify(writes)}`);
	}
});

test('rows below the frame are left out, as Ink leaves them', t => {
	const [ink, ours] = both([{x: 0, y: rows - 1, text: 'last\nbeyond\nfurther'}]);
	t.deepEqual(ours, ink);
	t.false(ours!.output.includes('beyond'));
});
