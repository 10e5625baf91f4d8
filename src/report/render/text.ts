import type { CheckStatus } from '../../checks/check.js';
import { render, t, type Language, type MessageId } from '../message.js';
import type { Report } from '../report.js';

export interface TextStyle {
  color: boolean;
  language: Language;
}

const MARKS: Record<CheckStatus, { mark: string; color: string }> = {
  pass: { mark: '✓', color: '32' },
  fail: { mark: '✗', color: '31' },
  warn: { mark: '!', color: '33' },
  error: { mark: '?', color: '35' },
  skip: { mark: '-', color: '2' },
};

export function resultLine(report: Report): MessageId {
  if (report.status === 'ok' && report.findings.length > 0) return 'text.result.ok-with-warnings';
  if (report.status === 'problem' && !report.findings.some((finding) => finding.severity === 'error')) return 'text.result.symptom-only';
  return `text.result.${report.status}`;
}

/** The report for people: a line per check, then each cause with its evidence and remedy. */
export function renderText(report: Report, style: TextStyle): string {
  const paint = (code: string, text: string) => (style.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const say = (text: Parameters<typeof render>[0]) => render(text, style.language);
  const target = report.target;
  const lines = [
    t('text.heading', { playbook: report.playbook, vm: target.vm ?? '?', zone: target.zone ?? '?', project: target.project ?? '?' }, style.language),
    '',
  ];
  const width = Math.max(...report.checks.map((check) => check.id.length));
  for (const check of report.checks) {
    const { mark, color } = MARKS[check.status];
    lines.push(`  ${paint(color, mark)} ${check.id.padEnd(width)}  ${say(check.title)}: ${say(check.detail)}`);
  }
  for (const finding of report.findings) {
    lines.push('', `${paint(finding.severity === 'error' ? '31' : '33', finding.code)}  ${say(finding.summary)}`);
    const evidence = Object.entries(finding.evidence);
    if (evidence.length) lines.push(`    ${t('text.evidence', {}, style.language)}`, ...evidence.map(([key, value]) => `      ${key}: ${value}`));
    lines.push(`    ${t('text.fix', {}, style.language)} ${say(finding.remedy.text)}`);
    for (const command of finding.remedy.commands) lines.push(`      $ ${command}`);
    if (finding.remedy.url) lines.push(`    ${t('text.see', {}, style.language)} ${finding.remedy.url}`);
  }
    lines.push('', paint('1', t(resultLine(report), { count: report.findings.length }, style.language)));
  return lines.join('\n') + '\n';
}
