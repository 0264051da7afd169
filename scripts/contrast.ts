/*
The contrast table: every role, for each colour depth and background, on each common palette, as Markdown
(`npm run contrast`). Ratios are WCAG's; what is read needs 4.5, chrome 3.
*/
import process from 'node:process';
import {backgrounds, contrastRows, depths} from '../source/theme/contrast-table.js';
import {tokensFor} from '../source/theme/tokens.js';

const depthName = {ansi16: '16 colours', ansi256: '256 colours', truecolor: 'truecolor'} as const;
const out: string[] = [];
for (const depth of depths) {
	for (const background of backgrounds) {
		const rows = contrastRows(tokensFor(depth, background), background);
		const names = [...new Set(rows.map(row => row.palette))];
		const keys = [...new Set(rows.map(row => `${row.role}|${row.on}`))];
		out.push(
			`### ${depthName[depth]}, ${background} background`,
			'',
			`| role | needs | ${names.join(' | ')} |`,
			`|---|---|${names.map(() => '---:').join('|')}|`,
		);
		for (const key of keys) {
			const [role, on] = key.split('|');
			const cells = rows.filter(row => `${row.role}|${row.on}` === key);
			const label = on === 'selection' ? `${role} (on the selection bar)` : role;
			out.push(
				`| ${label} | ${cells[0]!.needed} | ${cells.map(cell => `${cell.ratio.toFixed(1)}${cell.ratio < cell.minimum ? ' ✗' : cell.ratio < cell.needed ? ' *' : ''}`).join(' | ')} |`,
			);
		}

		out.push('');
	}
}

out.push(
	'Cells marked * are the terminal’s own text colour on its own background, which no code can improve on; ✗ below the minimum.',
	'',
);
process.stdout.write(out.join('\n'));
