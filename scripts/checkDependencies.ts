/**
 * `npm run deps:check`: fails on a module cycle in src/ (dependency-cruiser's `no-circular`,
 * .dependency-cruiser.mjs) or on a cycle between the top-level folders of src/ (a folder
 * reaches a folder that reaches it back, each step an import of any module of one by any of the
 * other). Type-only imports count in both. src/generated/ is left out of the folder graph:
 * codegen writes it to import the context and model types (contextType, mappers).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');

/** The part of dependency-cruiser's JSON output this check reads. */
interface CruiseResult {
  modules: { source: string; dependencies: { resolved: string }[] }[];
  summary: {
    violations: { rule: { name: string }; from: string; to: string; cycle?: { name: string }[] }[];
  };
}

/** The top-level folder of src/ a module lives in, or undefined for src/'s own files. */
function folderOf(source: string): string | undefined {
  const parts = source.split('/');
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
}

/** The strongly connected components of more than one folder (Tarjan). */
function folderCycles(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        onStack.delete(top);
        component.push(top);
        if (top === node) break;
      }
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return components;
}

function main(): void {
  const output = execFileSync(
    join(root, 'node_modules', '.bin', 'depcruise'),
    ['src', '--config', '.dependency-cruiser.mjs', '--output-type', 'json'],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const result = JSON.parse(output) as CruiseResult;
  const failures: string[] = result.summary.violations.map(
    (v) =>
      `${v.rule.name}: ${v.from} -> ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' -> ')})` : ''}`,
  );

  const edges = new Map<string, Set<string>>();
  const examples = new Map<string, string>();
  for (const module of result.modules) {
    const from = folderOf(module.source);
    if (!from || from === 'generated') continue;
    for (const dependency of module.dependencies) {
      const to = folderOf(dependency.resolved);
      if (!to || to === from || to === 'generated') continue;
      edges.set(from, (edges.get(from) ?? new Set()).add(to));
      if (!examples.has(`${from}>${to}`)) {
        examples.set(`${from}>${to}`, `${module.source} -> ${dependency.resolved}`);
      }
    }
  }
  for (const component of folderCycles(edges)) {
    const name = component.join(' <-> ');
    const inside = [...examples.entries()]
      .filter(([key]) => key.split('>').every((folder) => component.includes(folder)))
      .map(([, example]) => `    ${example}`);
    const line = `folder cycle: ${name}\n${inside.join('\n')}`;
    failures.push(line);
  }

  if (failures.length > 0) {
    console.error(`Dependency cycles in src/:\n${failures.join('\n')}`);
    process.exit(1);
  }
}

main();
