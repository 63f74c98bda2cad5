import { i18n } from '#i18n';
import { CASE_STEPS, type CaseStep } from '../../lib/cases/types';
import { STEP_ADVICE, STEP_LABEL, stepStates, type StepState } from '../../lib/dashboard/steps';
import { useRef } from 'preact/hooks';
import { Button } from '../ui/Button';
import { useRefocus } from './use-refocus';

interface Props {
  step: CaseStep;
  closed: boolean;
  onSetStep(step: CaseStep): void;
}

const STATE_TEXT: Record<StepState, () => string> = {
  done: () => i18n.t('dashboard.steps.done'),
  next: () => i18n.t('dashboard.steps.next'),
  later: () => i18n.t('dashboard.steps.later'),
  stopped: () => i18n.t('dashboard.steps.stopped'),
  unreached: () => i18n.t('dashboard.steps.unreached'),
};

/** The method as a checklist: where the case is, and one line on how to do the step well. */
export function StepChecklist({ step, closed, onSetStep }: Props) {
  const following = CASE_STEPS[CASE_STEPS.indexOf(step) + 1];
  const section = useRef<HTMLElement>(null);
  const refocus = useRefocus();
  // The button pressed moves to the step that is now next; the last step has none, so the
  // "Go back" of the step just done takes the focus.
  const setStep = (next: CaseStep) => {
    refocus(() => {
      const here = section.current;
      return here?.querySelector<HTMLElement>('[aria-current="step"] button') ?? [...(here?.querySelectorAll<HTMLElement>('.cr-step-done button') ?? [])].at(-1);
    });
    onSetStep(next);
  };
  return (
    <section class="cr-card" aria-labelledby="steps-heading" ref={section}>
      <h2 id="steps-heading">{i18n.t('dashboard.steps.heading')}</h2>
      <ol class="cr-steps">
        {stepStates(step, closed).map(({ step: s, state }) => (
          <li key={s} class={`cr-step cr-step-${state}`} aria-current={state === 'next' ? 'step' : undefined}>
            <span class="cr-step-state">{STATE_TEXT[state]()}</span>
            <span class="cr-step-name">{STEP_LABEL[s]}</span>
            <span class="cr-step-advice cr-muted">{STEP_ADVICE[s]}</span>
            {state === 'next' && following && (
              <Button variant="primary" onClick={() => setStep(following)}>
                {i18n.t('dashboard.steps.markDone', [STEP_LABEL[s]])}
              </Button>
            )}
            {!closed && state === 'done' && (
              <Button variant="quiet" onClick={() => setStep(s)} aria-label={i18n.t('dashboard.steps.goBackTo', [STEP_LABEL[s]])}>
                {i18n.t('dashboard.steps.goBack')}
              </Button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
