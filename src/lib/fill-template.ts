/**
 * A UI string with its `{{placeholders}}` filled in, for text made outside i18next: in the
 * browser (the search status) and in plain functions (the citation). A missing value is empty.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}
