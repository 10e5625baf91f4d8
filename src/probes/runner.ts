import type { Probe, ProbeResult } from './probe.js';

export type Runner = (probe: Probe) => Promise<ProbeResult>;
