/** Replaced with the package version at build time. */
declare const __VERSION__: string;
