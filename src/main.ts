import './zod-csp';
import { mount } from 'svelte';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import App from './App.svelte';
import { registerServiceWorker } from './pwa/register';

registerServiceWorker();

export default mount(App, { target: document.getElementById('app')! });
