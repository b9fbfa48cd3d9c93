import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import ts from 'typescript';

/**
 * Cypher lives where a reader looks for it: repositories/ (statements), planner/ (statements
 * compiled from a selection with @neo4j/cypher-builder), db/migrations.ts (the schema) and
 * db/connectDatabase.ts (the start-up probes, run before there is a database to hand to a
 * repository). Everything else calls those, so a statement found anywhere else fails this test.
 */
const ROOT = join(__dirname, '..', '..');
const CYPHER_HOMES = [
  'src/repositories/',
  'src/planner/',
  'src/db/migrations.ts',
  'src/db/connectDatabase.ts',
];

/** Words only a Cypher statement has in capitals (prose and GraphQL never write them so). */
const CYPHER =
  /\b(MATCH|MERGE|UNWIND|RETURN|DETACH DELETE|OPTIONAL MATCH|CALL \{|CALL db\.|CREATE (INDEX|CONSTRAINT)|SHOW (INDEXES|CONSTRAINTS))\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The text of every string and template literal in a file (comments are not literals). */
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      found.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('Cypher statements appear only where the Cypher lives', () => {
  const misplaced = sourceFiles(join(ROOT, 'src'))
    .map((file) => relative(ROOT, file))
    .filter((file) => !CYPHER_HOMES.some((home) => file.startsWith(home)))
    .flatMap((file) =>
      literals(join(ROOT, file))
        .filter((text) => CYPHER.test(text))
        .map((text) => `${file}: ${text.trim().slice(0, 60)}`),
    );
  expect(misplaced).toEqual([]);
});

test('the check recognises a statement', () => {
  expect(CYPHER.test('MATCH (n:Person {id: $id}) RETURN n')).toBe(true);
  expect(CYPHER.test('Returns the people who match the name')).toBe(false);
});
