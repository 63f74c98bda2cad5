import { i18n } from '#i18n';
import { render } from 'preact';
import { RescueDb } from '../../lib/cases/db';
import { announceWrites } from '../../lib/messaging/announce-writes';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import '../../components/ui/ui.css';
import '../../components/dashboard/dashboard.css';

document.title = i18n.t('dashboard.pageTitle');
const db = new RescueDb();
// Mail tabs and the toolbar badge cannot see this page's IndexedDB commits: every write is announced.
announceWrites(db);
render(<DashboardApp db={db} />, document.getElementById('app')!);
