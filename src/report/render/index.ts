import { stringify } from 'yaml';
import type { Language } from '../message.js';
import { redactSecrets } from '../redact.js';
import type { Report } from '../report.js';
import { reportDocument } from './document.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export const FORMATS = ['text', 'json', 'yaml', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export function renderReport(report: Report, format: Format, options: { color: boolean; language: Language }): string {
  const output = {
    text: () => renderText(report, options),
    json: () => JSON.stringify(reportDocument(report, options.language), null, 2) + '\n',
    yaml: () => stringify(reportDocument(report, options.language)),
    markdown: () => renderMarkdown(report, options.language),
  }[format]();
  return redactSecrets(output);
}
