/** The rescue method's six steps as the case page's guided checklist. */
import { CASE_STEPS, type CaseStep } from '../cases/types';

export const STEP_LABEL: Record<CaseStep, string> = {
  listen: 'Listen',
  quantify: 'Quantify',
  agree: 'Agree',
  plan: 'Plan',
  execute: 'Execute',
  monitor: 'Monitor',
};

/** One line of the method per step, shown beside it. */
export const STEP_ADVICE: Record<CaseStep, string> = {
  listen: 'Let the client say everything; do not defend, explain or promise yet.',
  quantify: 'Turn every generality into a specific issue with an example, or drop it.',
  agree: 'Get the client to agree the list is complete, and what they will do once it is fixed.',
  plan: 'One action per issue, a quick win first, owners on both sides, dates with buffer; get agreement.',
  execute: 'Do what the plan says, in order, and tell the client when each item is done.',
  monitor: 'Keep sending updates on the cadence until the client agrees to less; escalate if it is beyond you.',
};

export type StepState = 'done' | 'next' | 'later';

export function stepStates(current: CaseStep): { step: CaseStep; state: StepState }[] {
  const at = CASE_STEPS.indexOf(current);
  return CASE_STEPS.map((step, i) => ({ step, state: i < at ? 'done' : i === at ? 'next' : 'later' }));
}
