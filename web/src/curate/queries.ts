import { graphql } from '../generated';

/** Drafts a document from an article's text. */
export const DraftArticleMutation = graphql(`
  mutation DraftArticle($text: String!, $title: String, $date: Date) {
    draftDocument(text: $text, title: $title, date: $date) {
      lookedUpIn
      source {
        id
        title
        date
        text
      }
      facts {
        key
        type
        kind
        label
        confidence
        checks
        id
        existing
        owner
        value
        optional
        quote {
          quote
          start
          end
        }
        excerpts {
          quote
          start
          end
        }
        candidates {
          id
          name
          existing
          match
          score
          note
          kind
        }
        refs {
          field
          key
        }
      }
    }
  }
`);

/** Validates and (unless a dry run) imports the reviewed document. */
export const ImportDraftMutation = graphql(`
  mutation ImportDraft($document: DocumentInput!, $dryRun: Boolean) {
    importDocument(document: $document, dryRun: $dryRun) {
      sourceId
      dryRun
      diff {
        entityCounts {
          created
          updated
          unchanged
        }
        relationshipCounts {
          created
          updated
          unchanged
        }
        entities {
          id
          type
          change
          fields
        }
      }
    }
  }
`);
