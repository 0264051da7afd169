// Keeps the README's generated parts true: the usage block is `--help` verbatim, the key table is the key
// map. `npm run readme` rewrites them; `npm run readme -- --check` fails when they are out of date.
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import process from 'node:process';
import {keyLabels, keymap} from '../source/app/keymap.js';

const readmePath = new URL('../README.md', import.meta.url);

export function generatedParts(): Record<string, string> {
	const help = execFileSync(process.execPath, ['dist/cli.js', '--help'], {encoding: 'utf8'});
	const usage = ['```', help.replaceAll(/^\n+|\n+$/gv, ''), '```'].join('\n');
	const keys = [
		'| keys | action |',
		'|---|---|',
		...keymap.map(
			binding =>
				`| ${keyLabels(binding)
					.split(' ')
					.map(label => `\`${label}\``)
					.join(' ')} | ${binding.description} |`,
		),
	].join('\n');
	return {usage, keys};
}

/** README text with each `<!-- name -->…<!-- /name -->` part replaced by its generated content. */
export function updateReadme(readme: string, parts: Record<string, string>): string {
	let updated = readme;
	for (const [name, content] of Object.entries(parts)) {
		const pattern = new RegExp(String.raw`<!-- ${name} -->[\s\S]*?<!-- /${name} -->`, 'v');
		if (!pattern.test(updated)) {
			throw new Error(`README.md has no <!-- ${name} --> … <!-- /${name} --> part`);
		}

		updated = updated.replace(pattern, () => `<!-- ${name} -->\n${content}\n<!-- /${name} -->`);
	}

	return updated;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const readme = readFileSync(readmePath, 'utf8');
	const updated = updateReadme(readme, generatedParts());
	if (process.argv.includes('--check')) {
		if (updated !== readme) {
			console.error('README.md is out of date: run npm run readme');
			process.exitCode = 1;
		}
	} else {
		writeFileSync(readmePath, updated);
	}
}
