import type { Params } from '../../domain/target.js';
import type { Playbook } from '../../playbooks/playbook.js';
import { t, type Language, type MessageId } from '../message.js';

export interface ExplainedRoute {
  when: MessageId;
  playbook: Playbook;
}

/** A playbook's decision tree as data: steps in order, what each runs, what gates it. */
export function explainPlaybook(playbook: Playbook, params: Params, language: Language) {
  return {
    playbook: playbook.id,
    title: t(playbook.title, {}, language),
    steps: playbook.steps.map(({ check, gate }) => ({
      check: check.id,
      title: t(check.title, {}, language),
      where: check.where,
      commands: check.documented(params).map((probe) => probe.display),
      ...(gate ? { gate: { after: gate.after, skipWhen: gate.skipWhen } } : {}),
    })),
  };
}

export function explainDiagnose(routes: readonly ExplainedRoute[], probes: string[], params: Params, language: Language) {
  return {
    playbook: 'diagnose',
    symptomCommands: probes,
    routes: routes.map((route) => ({ when: t(route.when, {}, language), playbook: route.playbook.id })),
    playbooks: [...new Set(routes.map((route) => route.playbook))].map((playbook) => explainPlaybook(playbook, params, language)),
  };
}

type Explained = ReturnType<typeof explainPlaybook>;

function playbookLines(explained: Explained, language: Language): string[] {
  const lines = [`${explained.playbook} — ${explained.title}`];
  explained.steps.forEach((step, index) => {
    lines.push(`  ${index + 1}. ${step.check} (${step.where}): ${step.title}`);
    for (const command of step.commands) lines.push(`       $ ${command}`);
    if (step.gate) {
      const codes = step.gate.skipWhen.codes?.join(', ');
      lines.push(`       ${t(codes ? 'explain.gate-codes' : 'explain.gate', { after: step.gate.after, statuses: step.gate.skipWhen.statuses.join('/'), codes: codes ?? '' }, language)}`);
    }
  });
  return lines;
}

export function renderExplainText(explained: Explained | ReturnType<typeof explainDiagnose>, language: Language): string {
  if (!('routes' in explained)) return playbookLines(explained, language).join('\n') + '\n';
  const lines = [t('explain.diagnose', {}, language), ...explained.symptomCommands.map((command) => `  $ ${command}`), ''];
  for (const route of explained.routes) lines.push(`  ${t('explain.route', { when: route.when, playbook: route.playbook }, language)}`);
  for (const playbook of explained.playbooks) lines.push('', ...playbookLines(playbook, language));
  return lines.join('\n') + '\n';
}
