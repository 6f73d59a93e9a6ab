// Module resolution hook for one test file's process: the test's own `import … from 'uvu'` gets the
// tallying wrapper (tally.ts), while the wrapper and uvu's own modules keep the real uvu.
const TALLY = new URL('./tally.ts', import.meta.url).href;

export async function resolve(specifier, context, next) {
  const from = context.parentURL ?? '';
  // Passed on down the chain, so that tsx resolves (and later compiles) the TypeScript file.
  if (specifier === 'uvu' && !from.startsWith(TALLY) && !from.includes('/node_modules/')) return next(TALLY, context);
  return next(specifier, context);
}
