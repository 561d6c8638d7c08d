// Generates dist/custom-elements.json from the JSDoc on each element class.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/state-salary-map/us-states.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // One dispatchEvent call sends both salary-data and salary-error, so the
      // analyzer also records a nameless event; the @fires tags name them.
      name: 'drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
