import { i18n } from '#i18n';
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/ui/ui.css';

document.title = i18n.t('options.pageTitle');
render(<OptionsApp />, document.getElementById('app')!);
