import type { Language } from '../message.js';
import { redactSecrets } from '../redact.js';
import type { Report } from '../report.js';
import { reportDocument } from './document.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export const FORMATS = ['text', 'json', 'yaml', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export async function renderReport(report: Report, format: Format, options: { color: boolean; language: Language }): Promise<string> {
  const output = await {
    text: () => renderText(report, options),
    json: () => JSON.stringify(reportDocument(report, options.language), null, 2) + '\n',
    /** yaml is loaded only for this format: it costs start-up time the others do not need. */
    yaml: async () => (await import('yaml')).stringify(reportDocument(report, options.language)),
    markdown: () => renderMarkdown(report, options.language),
  }[format]();
  return redactSecrets(output);
}
