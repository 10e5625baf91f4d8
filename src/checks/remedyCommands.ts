import type { Target } from '../domain/target.js';

/** Remedy commands of the setup guide (FACTS §9), with the user's values or the guide's placeholders. */
const scope = (target: Target) => `--zone=${target.zone ?? 'ZONE'}` + (target.project ? ` --project=${target.project}` : '');
const vmName = (target: Target) => target.vm ?? 'VM_NAME';

export const createSupportingVm = (target: Target) => [
  `gcloud beta compute instances create ${vmName(target)} ${scope(target)} --metadata=enable-workload-certificate=true --partner-metadata-from-file=CONFIGS.json`,
];

export const updatePartnerMetadata = (target: Target) => [
  `gcloud beta compute instances update ${vmName(target)} ${scope(target)} --partner-metadata-from-file=CONFIGS.json`,
];

export const enableOnExistingVm = (target: Target) => [
  ...updatePartnerMetadata(target),
  `gcloud compute instances add-metadata ${vmName(target)} ${scope(target)} --metadata=enable-workload-certificate=true`,
];
