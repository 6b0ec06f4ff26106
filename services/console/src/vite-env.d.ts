/// <reference types="vite/client" />

// The console's build-time settings (Vite exposes only VITE_-prefixed variables to the page).
interface ImportMetaEnv {
  /** The institution whose sign-in the console offers (default: the demo institution). */
  readonly VITE_RAPPORT_TENANT?: string;
}
