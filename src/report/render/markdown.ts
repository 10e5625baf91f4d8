import { render, t, type Language } from '../message.js';
import type { Report } from '../report.js';
import { resultLine } from './text.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** For tickets and chat: a table of checks and a section per cause. */
export function renderMarkdown(report: Report, language: Language): string {
  const say = (text: Parameters<typeof render>[0]) => render(text, language);
  const lines = [
    `# ${t('text.heading', { playbook: report.playbook, vm: report.target.vm ?? '?', zone: report.target.zone ?? '?', project: report.target.project ?? '?' }, language)}`,
    '',
    `**${t(resultLine(report), { count: report.findings.length }, language)}**`,
    '',
    '| check | status | detail |',
    '| --- | --- | --- |',
    ...report.checks.map((check) => `| \`${check.id}\` | ${check.status} | ${cell(say(check.detail))} |`),
  ];
  for (const finding of report.findings) {
    lines.push('', `## \`${finding.code}\` (${finding.severity})`, '', say(finding.summary), '');
    for (const [key, value] of Object.entries(finding.evidence)) lines.push(`- ${key}: \`${cell(value)}\``);
    lines.push('', `${t('text.fix', {}, language)} ${say(finding.remedy.text)}`);
    if (finding.remedy.commands.length) lines.push('', '```sh', ...finding.remedy.commands, '```');
    if (finding.remedy.url) lines.push('', finding.remedy.url);
  }
  return lines.join('\n') + '\n';
}
