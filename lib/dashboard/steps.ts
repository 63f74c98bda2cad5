/** The rescue method's six steps as the case page's guided checklist. */
import { i18n } from '#i18n';
import { CASE_STEPS, type CaseStep } from '../cases/types';

/** Getters: each word is looked up when shown, from locales/en.yml through the browser's i18n. */
export const STEP_LABEL: Record<CaseStep, string> = {
  get listen() {
    return i18n.t('steps.listen');
  },
  get quantify() {
    return i18n.t('steps.quantify');
  },
  get agree() {
    return i18n.t('steps.agree');
  },
  get plan() {
    return i18n.t('steps.plan');
  },
  get execute() {
    return i18n.t('steps.execute');
  },
  get monitor() {
    return i18n.t('steps.monitor');
  },
};

/** One line of the method per step, shown beside it. */
export const STEP_ADVICE: Record<CaseStep, string> = {
  get listen() {
    return i18n.t('steps.advice.listen');
  },
  get quantify() {
    return i18n.t('steps.advice.quantify');
  },
  get agree() {
    return i18n.t('steps.advice.agree');
  },
  get plan() {
    return i18n.t('steps.advice.plan');
  },
  get execute() {
    return i18n.t('steps.advice.execute');
  },
  get monitor() {
    return i18n.t('steps.advice.monitor');
  },
};

/**
 * 'stopped' and 'unreached' are for a closed case: it ended at its step (resolved or lost), and
 * saying "Next" of a case nobody will work on again would be wrong.
 */
export type StepState = 'done' | 'next' | 'later' | 'stopped' | 'unreached';

export function stepStates(current: CaseStep, closed = false): { step: CaseStep; state: StepState }[] {
  const at = CASE_STEPS.indexOf(current);
  const here: StepState = closed ? 'stopped' : 'next';
  const after: StepState = closed ? 'unreached' : 'later';
  return CASE_STEPS.map((step, i) => ({ step, state: i < at ? 'done' : i === at ? here : after }));
}
