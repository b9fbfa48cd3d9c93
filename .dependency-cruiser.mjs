/**
 * The dependency rules `npm run deps:check` enforces (scripts/checkDependencies.ts adds the
 * folder-level rule: no cycle between the top-level folders of src/).
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A module cycle, type-only imports included (a cycle of types is a layering cycle too), ' +
        'except through src/generated/: codegen writes it to import the context and model types ' +
        '(contextType, mappers) that in turn import its types, a loop of types by design.',
      from: {},
      to: { circular: true, viaNot: '^src/generated/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: without this they vanish with compilation.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
