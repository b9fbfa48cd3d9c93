/** The parts of a V8 `.cpuprofile` (what `node --cpu-prof` writes) a summary reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  idlePercent: number;
  /** Component and its share of the busy (not idle) time, largest first. */
  components: [string, number][];
  /** Function, file:line and its self time's share of the busy time, the 15 largest. */
  functions: [string, string, number][];
}

const HTTP_MIDDLEWARE = new Set([
  'accepts',
  'body-parser',
  'content-type',
  'cors',
  'express',
  'finalhandler',
  'helmet',
  'iconv-lite',
  'media-typer',
  'mime-db',
  'mime-types',
  'negotiator',
  'on-finished',
  'on-headers',
  'parseurl',
  'path-to-regexp',
  'qs',
  'raw-body',
  'router',
  'send',
  'type-is',
  'vary',
]);

/** The package a script belongs to (`@scope/name` or `name`), or null outside node_modules. */
function packageOf(url: string): string | null {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  return match?.[1] ?? null;
}

/** The component a sampled function is counted under. */
export function componentOf(frame: { functionName: string; url: string }): string {
  const { functionName: name, url } = frame;
  const pkg = packageOf(url);
  if (name === '(idle)') return 'idle';
  if (name === 'writeBuffer' || name === 'writev') return 'socket writes (system calls)';
  if (name === '(garbage collector)') return 'garbage collection';
  if (pkg?.startsWith('neo4j-driver')) return 'neo4j-driver (packstream, Bolt, results)';
  if (pkg === 'graphql') return 'graphql-js (validation, execution)';
  if (pkg?.startsWith('@apollo/') || pkg?.startsWith('@as-integrations/')) return 'Apollo Server';
  if (pkg && HTTP_MIDDLEWARE.has(pkg)) return 'Express and HTTP middleware';
  if (pkg) return `package ${pkg}`;
  if (/\/(dist\/)?src\//.test(url)) return 'our code (src/)';
  return 'Node internals (HTTP, streams, timers, promises)';
}

/** Self time by component and by function, as shares of the time the process was busy. */
export function summariseProfile(
  profile: CpuProfile,
  component: (frame: { functionName: string; url: string }) => string,
): ProfileSummary {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const components = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; time: number }>();
  let total = 0;
  for (const [id, time] of selfTime) {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) continue;
    total += time;
    const name = component(frame);
    components.set(name, (components.get(name) ?? 0) + time);
    if (name === 'idle') continue;
    const where = frame.url
      ? `${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`
      : '';
    const key = `${frame.functionName}|${where}`;
    const entry = functions.get(key) ?? {
      name: frame.functionName || '(anonymous)',
      where,
      time: 0,
    };
    entry.time += time;
    functions.set(key, entry);
  }
  const idle = components.get('idle') ?? 0;
  const busy = Math.max(total - idle, 1);
  const share = (time: number) => (100 * time) / busy;
  // Packages too small to name one by one are summed in one row.
  const rows = new Map<string, number>();
  for (const [name, time] of components) {
    if (name === 'idle') continue;
    const key = name.startsWith('package ') && share(time) < 1 ? 'other packages' : name;
    rows.set(key, (rows.get(key) ?? 0) + time);
  }
  return {
    totalMs: total / 1000,
    idlePercent: total === 0 ? 0 : (100 * idle) / total,
    components: [...rows]
      .sort((a, b) => b[1] - a[1])
      .map(([name, time]) => [name, share(time)] as [string, number]),
    functions: [...functions.values()]
      .sort((a, b) => b.time - a.time)
      .slice(0, 15)
      .map((f) => [f.name, f.where, share(f.time)] as [string, string, number]),
  };
}
