import { i18n } from '#i18n';
import { render } from 'preact';
import { RescueDb } from '../../lib/cases/db';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import '../../components/ui/ui.css';
import '../../components/dashboard/dashboard.css';

document.title = i18n.t('dashboard.pageTitle');
render(<DashboardApp db={new RescueDb()} />, document.getElementById('app')!);
