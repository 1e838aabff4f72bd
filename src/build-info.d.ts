/// <reference types="vite-plugin-pwa/client" />

/** The app's build number (when it was built), set by the bundler; newer builds have larger ones. */
declare const __TIRWEDD_BUILD__: number;
