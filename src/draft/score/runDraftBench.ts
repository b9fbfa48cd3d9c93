import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { parse } from 'yaml';

import { DocumentInvalidError } from '../../import/documentInvalidError';
import { loadDocumentFile } from '../../import/loadDocumentFile';
import { locateExcerpt } from '../../import/locateExcerpt';
import { planDocument } from '../../import/planDocument';
import { draftDocument } from '../draftDocument';
import { draftYaml } from '../output/draftYaml';
import { documentCatalog } from '../resolve/documentCatalog';
import type { DraftScore } from './scoreDraft';
import { scoreDraft } from './scoreDraft';

/** An article of the bench: its text and the document a curator made of it. */
export interface BenchArticle {
  name: string;
  textFile: string;
  expectedFile: string;
  /** The graph it is drafted against: the seed documents, less the article's own. */
  graphFiles: string[];
}

/** The figures of one article. */
export interface ArticleResult extends DraftScore {
  name: string;
  /** Excerpts of the draft found verbatim in the text, of all its excerpts. */
  excerpts: { total: number; verbatim: number };
  /** The draft passes validation as it stands (against the same graph); the problems if not. */
  valid: boolean;
  problems: string[];
  /** Milliseconds to draft it (after a first, warming run). */
  ms: number;
}

/** The targets of issue 14. */
export const TARGETS = {
  peopleRecall: 0.9,
  peoplePrecision: 0.9,
  orgRecall: 0.8,
  orgPrecision: 0.8,
  positionRecall: 0.75,
  references: 0.9,
  ms: 2000,
};

function excerptsOf(
  value: unknown,
  out: { quote: string; occurrence: number }[] = [],
): { quote: string; occurrence: number }[] {
  if (Array.isArray(value)) value.forEach((v) => excerptsOf(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'evidence' && Array.isArray(inner)) {
        for (const item of inner)
          out.push(
            typeof item === 'string'
              ? { quote: item, occurrence: 1 }
              : {
                  quote: String((item as { quote: unknown }).quote),
                  occurrence: Number((item as { occurrence?: unknown }).occurrence ?? 1),
                },
          );
      } else excerptsOf(inner, out);
    }
  }
  return out;
}

/**
 * Drafts an article against its graph (read offline from documents), renders the YAML a
 * curator would get, and scores the document parsed back from it against the hand-made one.
 */
export async function benchArticle(article: BenchArticle): Promise<ArticleResult> {
  const catalog = await documentCatalog(article.graphFiles);
  const text = readFileSync(article.textFile, 'utf8');
  const options = { lookup: catalog.lookup('bench'), textFile: basename(article.textFile) };
  await draftDocument(text, options);
  const started = performance.now();
  const draft = await draftDocument(text, options);
  const yaml = draftYaml(draft, 'the bench graph');
  const ms = performance.now() - started;
  const document = parse(yaml) as Record<string, unknown>;
  const expected = loadDocumentFile(article.expectedFile).content as Record<string, unknown>;
  const excerpts = excerptsOf(document);
  const verbatim = excerpts.filter(
    (e) => locateExcerpt(text, e.quote, e.occurrence) !== null,
  ).length;
  let problems: string[] = [];
  try {
    await planDocument(document, {
      file: article.name,
      directory: catalog.directory(),
      readTextFile: () => text,
    });
  } catch (error) {
    if (!(error instanceof DocumentInvalidError)) throw error;
    problems = error.problems.map((p) => `${p.path}: ${p.message}`);
  }
  return {
    name: article.name,
    ...scoreDraft(document, expected, catalog.all()),
    excerpts: { total: excerpts.length, verbatim },
    valid: problems.length === 0,
    problems,
    ms,
  };
}

/** The bench's articles: the seed article (against the rest of the seed) and the held-out set. */
export function benchArticles(root: string): BenchArticle[] {
  const seedFolder = join(root, 'seed', 'documents');
  const seedDocuments = ['01-ahmu-bgi-2018-04-20.yaml', '02-reference-places.yaml'].map((f) =>
    join(seedFolder, f),
  );
  const heldOut = join(root, 'test', 'fixtures', 'draft');
  const names = [
    'bgi-ahmu-sah-2019-03-12',
    'ahmu-karolinska-2019-09-24',
    'fudan-bgi-rare-disease-2020-11-06',
    'fah-hku-2021-05-18',
    // Written after the rules were frozen, and never tuned against: the blind part.
    'zju-bgi-hangzhou-2022-06-05',
    'ucph-ahmu-2023-10-16',
  ];
  return [
    {
      name: 'seed: ahmu-bgi-2018-04-20',
      textFile: join(seedFolder, 'ahmu-bgi-2018-04-20.txt'),
      expectedFile: join(seedFolder, '01-ahmu-bgi-2018-04-20.yaml'),
      // From its text alone: the rest of the seed (02) builds on it, so the graph is empty.
      graphFiles: [],
    },
    ...names.map((name) => ({
      name,
      textFile: join(heldOut, `${name}.txt`),
      expectedFile: join(heldOut, `${name}.yaml`),
      graphFiles: seedDocuments,
    })),
  ];
}

/** Micro-averaged totals over articles. */
export function totals(results: ArticleResult[]) {
  const sum = (pick: (r: ArticleResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    peopleRecall: ratio(
      sum((r) => r.people.matched),
      sum((r) => r.people.expected),
    ),
    peoplePrecision: ratio(
      sum((r) => r.people.matched),
      sum((r) => r.people.found),
    ),
    orgRecall: ratio(
      sum((r) => r.organizations.matched),
      sum((r) => r.organizations.expected),
    ),
    orgPrecision: ratio(
      sum((r) => r.organizations.matched),
      sum((r) => r.organizations.found),
    ),
    positionRecall: ratio(
      sum((r) => r.positions.matched),
      sum((r) => r.positions.expected),
    ),
    positionPrecision: ratio(
      sum((r) => r.positions.matched),
      sum((r) => r.positions.found),
    ),
    references: ratio(
      sum((r) => r.references.correct),
      sum((r) => r.references.expected),
    ),
    verbatim: ratio(
      sum((r) => r.excerpts.verbatim),
      sum((r) => r.excerpts.total),
    ),
    valid: results.every((r) => r.valid),
    maxMs: Math.max(...results.map((r) => r.ms)),
  };
}

/** True when one article meets every target. */
export function meetsTargets(r: ArticleResult): boolean {
  return (
    r.people.recall >= TARGETS.peopleRecall &&
    r.people.precision >= TARGETS.peoplePrecision &&
    r.organizations.recall >= TARGETS.orgRecall &&
    r.organizations.precision >= TARGETS.orgPrecision &&
    r.positions.recall >= TARGETS.positionRecall &&
    r.references.rate >= TARGETS.references &&
    r.excerpts.verbatim === r.excerpts.total &&
    r.valid &&
    r.ms < TARGETS.ms
  );
}
