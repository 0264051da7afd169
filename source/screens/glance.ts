import type {Resume} from '../resume/model.js';
import {hanging} from '../text/text.js';
import {impactCount, markImpact, unbreak} from './impact.js';
import type {ViewContext} from './types.js';

/** Achievements longer than this are not glanced at: they are read where they are. */
const glanceLength = 300;

/** Achievements looked through for the strongest: the newest, on a résumé of thousands. */
const looked = 500;

/** Highlights shown at the most: the strongest few, not a second copy of Experience. */
const mostHighlights = 8;

/** The strongest achievements: those with the most figures of impact, the newest first among equals. */
export function strongestAchievements(resume: Resume): Array<{readonly text: string; readonly where: string}> {
	const all = resume.companies
		.flatMap(company => company.roles.flatMap(role => role.achievements.map(({text}) => ({text, where: company.name}))))
		.slice(0, looked)
		.filter(({text}) => text.length <= glanceLength);
	const ranked = all
		.map((achievement, index) => ({...achievement, index, figures: impactCount(achievement.text)}))
		.filter(achievement => achievement.figures > 0)
		.toSorted((a, b) => b.figures - a.figures || a.index - b.index);
	return ranked.slice(0, mostHighlights).map(({text, where}) => ({text, where}));
}

/** A highlight as About shows it: a bullet, its figures standing out, where it was done after it. */
export function glanceHighlight({text, where}: {text: string; where: string}, context: ViewContext): string[] {
	const {theme, width} = context;
	const sign = ` ${theme.glyphs.separator} `;
	return hanging(
		`${theme.muted(theme.glyphs.bullet)} `,
		markImpact(text, theme) + theme.muted(sign + where),
		width,
	).map(line => unbreak(line));
}
