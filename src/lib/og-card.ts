import { localeCodes, locales } from './locales';

/** A node of the element tree that satori draws: the shape of a React element, without React. */
export interface CardNode {
	type: string;
	props: {
		style?: Record<string, string | number>;
		children?: string | CardNode | (string | CardNode)[];
	};
}

export interface CardText {
	title: string;
	siteName: string;
	/** The page's language, named in that language, e.g. `日本語`. */
	languageLabel: string;
}

export const cardSize = { width: 1200, height: 630 } as const;

/** The font weights the card uses: bold for the site name and title, medium for the language. */
export const cardFontWeights = { heading: 700, label: 500 } as const;

/** Each text of a card with the weight it is drawn in, to choose the font files. */
export function cardTexts({ title, siteName, languageLabel }: CardText) {
	return [
		{ text: title, weight: cardFontWeights.heading },
		{ text: siteName, weight: cardFontWeights.heading },
		{ text: languageLabel, weight: cardFontWeights.label },
	];
}

/**
 * Starlight's default light-theme colours: accent hue 234 and its gray-black, as hex. Dark text on
 * white is about 18:1 and the indigo site name about 15:1; the language label is 10:1.
 */
const colours = {
	background: '#ffffff',
	text: '#17181c', // --sl-color-white (light theme): hsl(224, 10%, 10%)
	accent: '#3d50f5', // --sl-color-accent: hsl(234, 90%, 60%)
	accentHigh: '#0f1c8a', // --sl-color-accent-high: hsl(234, 80%, 30%)
	accentLow: '#cfd4fc', // --sl-color-accent-low: hsl(234, 88%, 90%)
};

const barWidth = 24;
const padding = { x: 80, y: 64 };
/** The width the title can use. */
const textWidth = cardSize.width - barWidth - padding.x * 2;

/** The name of a page's language in that language, e.g. `ja` → `日本語`. */
export function languageLabel(lang: string): string {
	const code = localeCodes.find((c) => locales[c].lang === lang);
	if (code) return locales[code].label;
	try {
		return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
	} catch {
		return lang;
	}
}

const wide =
	/[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** A rough width of `text` in ems of a bold sans-serif: full-width characters are 1 em. */
export function textWidthInEm(text: string): number {
	let ems = 0;
	for (const char of text) {
		if (wide.test(char)) ems += 1;
		else if (char === ' ') ems += 0.25;
		else if (/[A-Z0-9]/.test(char)) ems += 0.68;
		else ems += 0.56;
	}
	return ems;
}

/** Title sizes, largest first, with the number of lines each may take. */
const titleSizes = [
	{ fontSize: 96, lines: 2 },
	{ fontSize: 80, lines: 3 },
	{ fontSize: 64, lines: 4 },
	{ fontSize: 52, lines: 5 },
] as const;

/**
 * The largest title size at which the title fits its lines, leaving a fifth of each line for
 * word wrapping. Longer titles take the smallest size and are cut with an ellipsis.
 */
export function titleFontSize(title: string): { fontSize: number; lines: number } {
	const ems = textWidthInEm(title);
	for (const size of titleSizes) {
		if (ems * size.fontSize <= textWidth * size.lines * 0.8) return size;
	}
	return titleSizes[titleSizes.length - 1];
}

/** The preview card: site name at the top, the title large, the language at the bottom. */
export function ogCard({ title, siteName, languageLabel }: CardText): CardNode {
	const { fontSize, lines } = titleFontSize(title);
	return {
		type: 'div',
		props: {
			style: {
				display: 'flex',
				width: cardSize.width,
				height: cardSize.height,
				backgroundColor: colours.background,
				color: colours.text,
			},
			children: [
				{
					type: 'div',
					props: { style: { width: barWidth, flexShrink: 0, backgroundColor: colours.accent } },
				},
				{
					type: 'div',
					props: {
						style: {
							display: 'flex',
							flexDirection: 'column',
							justifyContent: 'space-between',
							width: cardSize.width - barWidth,
							padding: `${padding.y}px ${padding.x}px`,
						},
						children: [
							{
								type: 'div',
								props: {
									style: {
										fontSize: 40,
										fontWeight: cardFontWeights.heading,
										color: colours.accentHigh,
										lineHeight: 1.2,
									},
									children: siteName,
								},
							},
							{
								type: 'div',
								props: {
									style: {
										display: 'block',
										width: textWidth,
										fontSize,
										fontWeight: cardFontWeights.heading,
										lineHeight: 1.2,
										lineClamp: lines,
										wordBreak: 'break-word',
									},
									children: title,
								},
							},
							{
								type: 'div',
								props: {
									style: { display: 'flex' },
									children: {
										type: 'div',
										props: {
											style: {
												fontSize: 32,
												fontWeight: cardFontWeights.label,
												lineHeight: 1.2,
												color: colours.accentHigh,
												backgroundColor: colours.accentLow,
												padding: '10px 28px',
												borderRadius: 999,
											},
											children: languageLabel,
										},
									},
								},
							},
						],
					},
				},
			],
		},
	};
}
