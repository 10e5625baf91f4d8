import { configStatusOnlyPlaybook } from './configStatusOnly.js';
import { credentialsPlaybook } from './credentials.js';
import { metadata404Playbook } from './metadata404.js';
import { missingDirPlaybook } from './missingDir.js';
import type { Playbook } from './playbook.js';

export const PLAYBOOKS: readonly Playbook[] = [missingDirPlaybook, configStatusOnlyPlaybook, metadata404Playbook, credentialsPlaybook];

export const findPlaybook = (name: string) => PLAYBOOKS.find((playbook) => playbook.id === name || playbook.aliases.includes(name));
