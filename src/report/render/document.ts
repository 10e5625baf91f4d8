import { TOOL_VERSION } from '../../version.js';
import { render, type Language } from '../message.js';
import type { Report } from '../report.js';

/** The contract's JSON report (schemaVersion 1): fields may be added, never renamed or removed. */
export function reportDocument(report: Report, language: Language) {
  return {
    schemaVersion: 1,
    tool: { name: 'wid-check', version: TOOL_VERSION },
    playbook: report.playbook,
    ...(report.symptom ? { symptom: { id: report.symptom.id, playbook: report.symptom.playbook, evidence: render(report.symptom.detail, language) } } : {}),
    target: report.target,
    status: report.status,
    findings: report.findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      check: finding.check,
      summary: render(finding.summary, language),
      evidence: finding.evidence,
      remedy: {
        text: render(finding.remedy.text, language),
        ...(finding.remedy.url ? { url: finding.remedy.url } : {}),
        commands: finding.remedy.commands,
      },
    })),
    checks: report.checks.map((check) => ({
      id: check.id,
      title: render(check.title, language),
      status: check.status,
      detail: render(check.detail, language),
      command: check.commands.join('\n'),
      commands: check.commands,
      ms: check.ms,
    })),
  };
}
