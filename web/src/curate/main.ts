import '../shared/common.css';
import './curate.css';

import { draftYaml } from '../../../src/draft/output/draftYaml';
import { assembleDocument } from '../../../src/draft/output/assembleDocument';
import { toDocumentInput } from '../../../src/draft/output/documentInput';
import type { DocumentInput } from '../generated/graphql';
import { byId, h, replace } from '../shared/dom';
import { siteHeader } from '../shared/header';
import { ArticleView } from './articleView';
import { CuratorApiError, runAsCurator, savedToken, saveToken } from './curatorApi';
import { FactList, factElementId } from './factList';
import { DraftArticleMutation, ImportDraftMutation } from './queries';
import { draftFromApi, ReviewState } from './reviewState';

const app = byId('app', HTMLDivElement);

const token = h('input', {
  type: 'password',
  id: 'token',
  autocomplete: 'off',
  value: savedToken(),
  placeholder: 'API key or JWT with the curator role',
});
token.addEventListener('change', () => saveToken(token.value.trim()));
const text = h('textarea', {
  id: 'article-input',
  rows: '14',
  placeholder: 'Paste the article: its title line, then the body.',
});
const upload = h('input', { type: 'file', id: 'article-file', accept: '.txt,text/plain' });
upload.addEventListener('change', () => {
  const file = upload.files?.[0];
  if (file) void file.text().then((content) => (text.value = content));
});
const title = h('input', {
  type: 'text',
  id: 'article-title',
  placeholder: 'the first line when empty',
});
const date = h('input', { type: 'date', id: 'article-date' });
const draftButton = h('button', { type: 'submit', id: 'draft-button' }, 'Draft');
const form = h(
  'form',
  { class: 'article-form', 'aria-label': 'Article' },
  h('label', { class: 'field' }, h('span', {}, 'Curator token'), token),
  h('label', { class: 'field wide' }, h('span', {}, 'Article text'), text),
  h(
    'div',
    { class: 'row' },
    h('label', { class: 'field' }, h('span', {}, 'or upload a .txt file'), upload),
    h('label', { class: 'field' }, h('span', {}, 'Title'), title),
    h('label', { class: 'field' }, h('span', {}, 'Date'), date),
    draftButton,
  ),
);
const status = h('div', {
  class: 'curate-status',
  id: 'curate-status',
  role: 'status',
  'aria-live': 'polite',
});
const review = h('section', { class: 'review', id: 'review', 'aria-label': 'Draft', hidden: true });

replace(
  app,
  siteHeader('/curate'),
  h(
    'main',
    { class: 'curate' },
    h('h1', {}, "Curator's assistant"),
    h(
      'p',
      { class: 'muted' },
      'Draft a document from an article, review its facts next to the text, run the dry-run diff, import it or download its YAML for seed/documents/.',
    ),
    form,
    status,
    review,
  ),
);

let state: ReviewState | null = null;
let lookedUpIn = '';

function say(message: string, kind: 'info' | 'error' = 'info', details: string[] = []): void {
  replace(
    status,
    h(
      'div',
      {
        class: `status ${kind === 'error' ? 'status-error' : ''}`,
        role: kind === 'error' ? 'alert' : undefined,
      },
      h('p', {}, message),
      details.length > 0
        ? h('ul', { class: 'problems' }, ...details.map((d) => h('li', {}, d)))
        : null,
    ),
  );
}

function failure(error: unknown): void {
  if (error instanceof CuratorApiError) {
    say(
      `${error.message}${error.code ? ` (${error.code})` : ''}`,
      'error',
      error.problems.map((p) => `${p.path}: ${p.message}`),
    );
  } else {
    say(error instanceof Error ? error.message : String(error), 'error');
  }
}

function currentDocument(): DocumentInput {
  if (!state) throw new Error('nothing drafted yet');
  return toDocumentInput(
    assembleDocument(state.draft, state.keptFacts()).document,
  ) as DocumentInput;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void draftArticle();
});

async function draftArticle(): Promise<void> {
  if (!token.value.trim()) {
    say('Enter a curator token first (an API key or JWT with the curator role).', 'error');
    token.focus();
    return;
  }
  saveToken(token.value.trim());
  draftButton.disabled = true;
  say('Drafting…');
  try {
    const data = await runAsCurator(
      DraftArticleMutation,
      { text: text.value, title: title.value.trim() || null, date: date.value || null },
      token.value.trim(),
    );
    lookedUpIn = data.draftDocument.lookedUpIn;
    const reviewed = new ReviewState(draftFromApi(data.draftDocument));
    state = reviewed;
    showReview(reviewed);
    const checks = reviewed.draft.facts.filter((f) => f.checks.length > 0).length;
    say(
      `Drafted ${state.draft.facts.length} facts (${checks} to check); ids looked up in ${lookedUpIn}.`,
    );
  } catch (error) {
    failure(error);
  } finally {
    draftButton.disabled = false;
  }
}

function showReview(current: ReviewState): void {
  const article = new ArticleView((key) => {
    document.getElementById(factElementId(key))?.scrollIntoView({ block: 'center' });
    document.getElementById(`${factElementId(key)}-label`)?.focus();
    article.focus(key);
  });
  const list = new FactList(current, {
    onChange: () => {
      article.render(current.draft.text, current.keptFacts());
      diff.replaceChildren();
    },
    onFocus: (key) => article.focus(key),
  });
  const dryRun = h('button', { type: 'button', id: 'dry-run' }, 'Dry run');
  const importButton = h('button', { type: 'button', id: 'import', class: 'secondary' }, 'Import');
  const download = h(
    'button',
    { type: 'button', id: 'download', class: 'secondary' },
    'Download YAML',
  );
  const diff = h('div', { class: 'diff', id: 'diff' });
  dryRun.addEventListener('click', () => void runImport(true, diff));
  importButton.addEventListener('click', () => void runImport(false, diff));
  download.addEventListener('click', () => downloadYaml(current));
  article.render(current.draft.text, current.keptFacts());
  list.render();
  review.hidden = false;
  replace(
    review,
    h(
      'div',
      { class: 'actions' },
      h('span', { class: 'source-id' }, current.draft.source.id),
      dryRun,
      importButton,
      download,
    ),
    diff,
    h(
      'div',
      { class: 'columns' },
      h('div', { class: 'column text-column' }, h('h2', {}, 'Article'), article.element),
      h('div', { class: 'column form-column' }, h('h2', {}, 'Facts'), list.element),
    ),
  );
}

async function runImport(dry: boolean, target: HTMLElement): Promise<void> {
  say(dry ? 'Running the dry run…' : 'Importing…');
  try {
    const data = await runAsCurator(
      ImportDraftMutation,
      { document: currentDocument(), dryRun: dry },
      token.value.trim(),
    );
    const result = data.importDocument;
    const e = result.diff.entityCounts;
    const r = result.diff.relationshipCounts;
    const summary = `${result.dryRun ? 'Dry run' : 'Imported'} ${result.sourceId}: entities ${e.created} created, ${e.updated} updated, ${e.unchanged} unchanged; relationships ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged.`;
    say(summary);
    replace(
      target,
      h('h2', {}, result.dryRun ? 'What the import would change' : 'What the import changed'),
      h('p', { id: 'diff-summary' }, summary),
      h(
        'ul',
        { class: 'diff-entities' },
        ...result.diff.entities
          .filter((x) => x.change !== 'UNCHANGED')
          .map((x) =>
            h(
              'li',
              { class: `change-${x.change.toLowerCase()}` },
              `${x.change.toLowerCase()}: ${x.id}${x.fields.length > 0 ? ` (${x.fields.join(', ')})` : ''}`,
            ),
          ),
      ),
    );
  } catch (error) {
    failure(error);
  }
}

function downloadYaml(current: ReviewState): void {
  const yaml = draftYaml(current.draft, lookedUpIn, current.keptFacts());
  const link = h('a', {
    href: URL.createObjectURL(new Blob([yaml], { type: 'text/yaml' })),
    download: `${current.draft.source.id.replace(/^source\//, '')}.yaml`,
  });
  document.body.append(link);
  link.click();
  link.remove();
  say(`Downloaded ${link.download}: put it in seed/documents/ with a number (see seed/README.md).`);
}
