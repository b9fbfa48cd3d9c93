import { requireRole } from '../auth/requireRole';
import type * as DrafterModule from '../draft/draftDocument';
import { assembleDocument } from '../draft/output/assembleDocument';
import { toDocumentInput } from '../draft/output/documentInput';
import { draftYaml } from '../draft/output/draftYaml';
import { graphLookup } from '../draft/resolve/graphLookup';
import { badUserInput } from '../errors';
import type { MutationResolvers } from '../generated/graphql';

/** The longest article a draft reads (a long report fits; a book does not). */
export const MAX_ARTICLE_CHARS = 100_000;
const MAX_TITLE_CHARS = 500;

type Drafter = typeof DrafterModule;
let drafter: Drafter | undefined;

/**
 * The drafter, loaded on the first draft: its language model (compromise) was a quarter of the
 * server's start-up, and most servers never draft. A `require`, not `import()`: the build is
 * CommonJS, and jest runs it without ESM support.
 */
function loadDrafter(): Drafter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  drafter ??= require('../draft/draftDocument') as Drafter;
  return drafter;
}

/** `draftDocument`: drafts, never writes. */
export const draftMutations: Pick<MutationResolvers, 'draftDocument'> = {
  draftDocument: async (_root, { text, title, date }, ctx) => {
    requireRole(ctx, ['curator', 'admin']);
    if (text.length > MAX_ARTICLE_CHARS) {
      throw badUserInput(
        `text is ${text.length} characters long; a draft reads at most ${MAX_ARTICLE_CHARS}`,
        'text',
      );
    }
    if (text.trim() === '')
      throw badUserInput('text is empty: paste the article, its title line first', 'text');
    if (title && title.length > MAX_TITLE_CHARS) {
      throw badUserInput(`title is longer than ${MAX_TITLE_CHARS} characters`, 'title');
    }
    const { draftDocument } = loadDrafter();
    const lookup = graphLookup(ctx.db);
    const draft = await draftDocument(text, {
      title: title ?? undefined,
      date: date ?? undefined,
      lookup,
    });
    return {
      yaml: draftYaml(draft, lookup.description),
      document: toDocumentInput(assembleDocument(draft).document),
      source: {
        id: draft.source.id,
        title: draft.source.title,
        date: draft.source.date,
        text: draft.text,
      },
      lookedUpIn: lookup.description,
      facts: draft.facts.map((fact) => {
        const common = {
          refs: Object.entries(fact.refs ?? {}).map(([field, key]) => ({ field, key })),
          optional: fact.optional ?? [],
        };
        return fact.type === 'entity'
          ? {
              ...fact,
              ...common,
              type: 'ENTITY' as const,
              owner: null,
              quote: fact.quote ?? null,
              candidates: fact.candidates.map((c) => ({
                ...c,
                note: c.note ?? null,
                kind: c.kind ?? null,
              })),
            }
          : {
              ...fact,
              ...common,
              type: 'LINK' as const,
              id: null,
              existing: null,
              quote: null,
              candidates: [],
            };
      }),
    };
  },
};
