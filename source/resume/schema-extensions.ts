/**
Our additions to the JSON Resume schema, which allows extra fields but says nothing of these: properties that
each entry of a section may have. The generated validator checks them along with the schema's own
(scripts/generate-validator.ts), and refuses to be generated if a new schema defines one of them itself.
*/

const text = {type: 'string'} as const;

export const schemaExtensions = {
	work: {
		/** A link attached to the highlight that contains `highlight` (see json-resume.ts). */
		highlightLinks: {
			type: 'array',
			items: {
				type: 'object',
				required: ['highlight', 'url'],
				properties: {highlight: text, url: text, label: text, title: text},
			},
		},
	},
	education: {
		/** The app shows it, so it must be a string. */
		location: text,
	},
} as const;
