import { configStatusOnlyPlaybook } from './configStatusOnly.js';
import { metadata404Playbook } from './metadata404.js';
import { missingDirPlaybook } from './missingDir.js';
import type { Playbook } from './playbook.js';

export const PLAYBOOKS: readonly Playbook[] = [missingDirPlaybook, configStatusOnlyPlaybook, metadata404Playbook];

export const findPlaybook = (name: string) => PLAYBOOKS.find((playbook) => playbook.id === name || playbook.aliases.includes(name));
