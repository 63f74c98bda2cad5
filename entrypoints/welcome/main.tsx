import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import '../../components/ui/ui.css';
import '../../components/welcome/welcome.css';

render(
  <WelcomeApp
    dashboardUrl={browser.runtime.getURL('/dashboard.html')}
    settingsUrl={browser.runtime.getURL('/options.html')}
  />,
  document.getElementById('app')!,
);
