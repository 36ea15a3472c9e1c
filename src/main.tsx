import { createRoot } from 'react-dom/client';
import { startTab } from './app/start-tab';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

void startTab({ root: createRoot(container), window, env: import.meta.env });
