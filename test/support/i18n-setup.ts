/** fakeBrowser has no i18n: give it the English messages, as the built extension has them. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../../scripts/lib/english-messages';

fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
