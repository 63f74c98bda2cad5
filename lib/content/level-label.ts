/** The words for tone levels, shared by the sidebar, the list chips and the dashboard. */
import type { ToneLevel } from '../tone/types';
import { i18n } from './page-i18n';

// Getters: each word is looked up when shown, from locales/en.yml through the browser's i18n.
export const LEVEL_LABEL: Record<ToneLevel, string> = {
  get calm() {
    return i18n.t('levels.calm');
  },
  get concerned() {
    return i18n.t('levels.concerned');
  },
  get upset() {
    return i18n.t('levels.upset');
  },
  get escalation() {
    return i18n.t('levels.escalation');
  },
};
