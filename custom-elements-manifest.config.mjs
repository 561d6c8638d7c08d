// Generates dist/custom-elements.json from the JSDoc on each element class.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/harness.ts', 'src/**/*.d.ts', 'src/state-salary-map/us-states.ts'],
  outdir: 'dist',
  litelement: true,
};
