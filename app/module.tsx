import { AppPlugin } from '@grafana/data';
import { AppConfig } from './components/AppConfig/AppConfig';
import type { AppJsonData } from './components/AppConfig/settings';
import { App } from './components/App/App';

export const plugin = new AppPlugin<AppJsonData>()
  .setRootPage(App)
  .addConfigPage({ title: 'Configuration', icon: 'cog', id: 'configuration', body: AppConfig });
