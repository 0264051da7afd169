/** The résumé model the screens and outputs are drawn from, built from a JSON Resume by build-model.ts. */

/** A calendar date as precise as the data gives it: a year, a month or a day. */
export type PartialDate = {
	readonly year: number;
	readonly month?: number;
	readonly day?: number;
};

/** A period of time; no end means "present". */
export type Span = {
	readonly start: PartialDate;
	readonly end?: PartialDate;
};

export type Link = {
	readonly url: string;
	readonly label: string;
	readonly title?: string;
};

export type Achievement = {
	readonly text: string;
	readonly links: readonly Link[];
};

export type Role = {
	readonly title: string;
	readonly location?: string;
	readonly span?: Span;
	readonly summary?: string;
	readonly achievements: readonly Achievement[];
};

export type Company = {
	readonly name: string;
	readonly location?: string;
	readonly span?: Span;
	readonly roles: readonly Role[];
};

export type Education = {
	readonly institution: string;
	readonly degree?: string;
	readonly score?: string;
	readonly location?: string;
	readonly span?: Span;
	readonly courses: readonly string[];
};

export type SkillGroup = {
	readonly name: string;
	readonly level?: string;
	readonly keywords: readonly string[];
};

export type Publication = {
	readonly name: string;
	readonly publisher?: string;
	readonly date?: PartialDate;
	readonly url?: string;
	readonly summary?: string;
};

/** The résumé as the app shows it: validated, normalised, work grouped into companies. */
export type Resume = {
	readonly name?: string;
	readonly label?: string;
	readonly location?: string;
	readonly summary?: string;
	readonly companies: readonly Company[];
	readonly education: readonly Education[];
	readonly skills: readonly SkillGroup[];
	readonly publications: readonly Publication[];
};
