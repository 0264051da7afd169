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

/**
When something went on: `span` when its dates could be read, else `datesAsWritten`, the dates as the résumé
gives them ("08-12-2020 – present"), to be shown but not computed with.
*/
export type Dated = {
	readonly span?: Span;
	readonly datesAsWritten?: string;
};

/** The same for a single date. */
export type OnDate = {
	readonly date?: PartialDate;
	readonly dateAsWritten?: string;
};

export type Role = Dated & {
	readonly title: string;
	readonly location?: string;
	readonly summary?: string;
	readonly achievements: readonly Achievement[];
};

export type Company = {
	readonly name: string;
	/** What the employer is ("Social media company"), as each of its entries says it. */
	readonly descriptions: readonly string[];
	readonly urls: readonly string[];
	readonly location?: string;
	/** From the earliest start to the latest end. */
	readonly span?: Span;
	/** The periods worked there, earliest first: more than one when there was a gap between roles. */
	readonly stints: readonly Span[];
	readonly roles: readonly Role[];
};

export type Education = Dated & {
	readonly institution: string;
	readonly url?: string;
	readonly degree?: string;
	readonly score?: string;
	readonly location?: string;
	readonly courses: readonly string[];
};

/** An entry of projects, volunteer work, awards, certificates or references: whatever of it the résumé gives. */
export type Entry = Dated &
	OnDate & {
		readonly title: string;
		/** Who or what it was for or with: an organisation, awarder, issuer, entity, type or roles. */
		readonly details: readonly string[];
		readonly url?: string;
		readonly summary?: string;
		readonly highlights: readonly Achievement[];
		readonly keywords: readonly string[];
	};

/** A way to reach the person: e-mail, phone, website or a profile ("GitHub"). */
export type Contact = {
	readonly label: string;
	readonly text: string;
	readonly url?: string;
};

export type Language = {
	readonly language: string;
	readonly fluency?: string;
};

export type SkillGroup = {
	readonly name: string;
	readonly level?: string;
	readonly keywords: readonly string[];
};

export type Publication = OnDate & {
	readonly name: string;
	readonly publisher?: string;
	readonly url?: string;
	readonly summary?: string;
};

/** The résumé as the app shows it: validated, normalised, work grouped into companies. */
export type Resume = {
	readonly name?: string;
	readonly label?: string;
	/** City, region and country: where the person is, without the street. */
	readonly location?: string;
	/** The whole postal address, when the résumé gives a street: for the About page only, never the banner. */
	readonly address?: string;
	readonly summary?: string;
	readonly contacts: readonly Contact[];
	readonly companies: readonly Company[];
	readonly projects: readonly Entry[];
	readonly education: readonly Education[];
	readonly skills: readonly SkillGroup[];
	readonly publications: readonly Publication[];
	readonly awards: readonly Entry[];
	readonly certificates: readonly Entry[];
	readonly volunteer: readonly Entry[];
	readonly languages: readonly Language[];
	readonly interests: readonly SkillGroup[];
	readonly references: readonly Entry[];
};
