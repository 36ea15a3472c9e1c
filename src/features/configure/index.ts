export { ConfigurePage, type ConfigurePageProps } from './ConfigurePage';
export type { ListSetupOptions } from './use-list-setup';
